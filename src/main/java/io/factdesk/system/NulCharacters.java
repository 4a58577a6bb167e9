package io.factdesk.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * No text the server accepts contains U+0000. PostgreSQL cannot store it in a text column (it failed
 * the request with a 500) and H2 stored it, so the two databases answered differently; now every
 * request that carries one is refused with 400 {@code nul-character} naming the field or parameter,
 * before any service sees it. Checked in two places that every request passes: Jackson, for each
 * string of a JSON body (records and the trees of PATCH bodies alike), and a request filter, for path,
 * query and form parameters.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final char NUL = '\u0000';

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("factdesk-nul-characters");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(JsonNode.class, new CheckedTree<>(JsonNode.class));
        module.addDeserializer(ObjectNode.class, new CheckedTree<>(ObjectNode.class));
        module.addDeserializer(ArrayNode.class, new CheckedTree<>(ArrayNode.class));
        mapper.registerModule(module);
    }

    /** After the form is read (@WithFormRead), so that its fields are there to check. */
    @ServerRequestFilter
    @WithFormRead
    public void refuseInParameters(ResteasyReactiveContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        refuseIn("path parameter", uri.getPathParameters());
        refuseIn("parameter", uri.getQueryParameters());
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form != null) {
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf(NUL) >= 0) {
                        throw refused("field", name);
                    }
                }
            }
        }
    }

    @ServerExceptionMapper
    public Response nulInJson(NulInJson e, UriInfo uri) {
        String field = e.field();
        return ProblemResponses.respond(uri, refused("field", field.isEmpty() ? "(the body)" : field).toProblem());
    }

    private static void refuseIn(String what, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (p.getKey().indexOf(NUL) >= 0 || p.getValue().stream().anyMatch(v -> v != null && v.indexOf(NUL) >= 0)) {
                throw refused(what, p.getKey());
            }
        }
    }

    private static ProblemException refused(String what, String name) {
        String printable = name.replace(NUL, '\uFFFD');
        String message = "The " + what + " '" + printable + "' contains the character U+0000 (NUL), which no text"
                + " may contain.";
        return new ProblemException(400, "nul-character", "Text contains a NUL character", message,
                List.of(new Problem.FieldError(printable, message)), null);
    }

    /**
     * A NUL in a JSON body; Jackson adds the path of the member as the exception travels out. A
     * MismatchedInputException, because the JSON reader passes those on as they are (it wraps others).
     */
    public static final class NulInJson extends MismatchedInputException {

        private final String inside;

        NulInJson(JsonParser parser, String inside) {
            super(parser, "A string contains U+0000");
            this.inside = inside;
        }

        String field() {
            String outside = getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (inside.isEmpty() || outside.isEmpty()) {
                return outside + inside;
            }
            return outside + (inside.startsWith("[") ? "" : ".") + inside;
        }
    }

    private static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw new NulInJson(p, "");
            }
            return value;
        }
    }

    /** The standard tree, then a walk through it for a NUL in a member's name or in a text value. */
    private static final class CheckedTree<T extends JsonNode> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends JsonNode> plain;

        CheckedTree(Class<T> type) {
            super(type);
            this.plain = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T tree = (T) plain.deserialize(p, ctxt);
            String at = nulIn(tree, "");
            if (at != null) {
                throw new NulInJson(p, at);
            }
            return tree;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return (T) plain.getNullValue(ctxt);
        }

        /** The path of the first NUL in {@code node}, or null. */
        private static String nulIn(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            if (node.isTextual()) {
                return node.textValue().indexOf(NUL) >= 0 ? path : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String at = nulIn(node.get(i), path + "[" + i + "]");
                    if (at != null) {
                        return at;
                    }
                }
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> member = it.next();
                    String name = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                    String at = member.getKey().indexOf(NUL) >= 0 ? name : nulIn(member.getValue(), name);
                    if (at != null) {
                        return at;
                    }
                }
            }
            return null;
        }
    }
}
