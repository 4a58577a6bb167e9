package io.factdesk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The rules of the OpenAPI document ({@code /q/openapi}) that hold for every operation, so that the
 * resources only annotate what is their own (success codes, media types, the refusals of their
 * domain). The document describes the JSON API under {@code /api}; the HTML pages are not in it.
 * <ul>
 * <li>Every operation needs one of the three sign-ins, declared once here, unless its method is
 * annotated {@code @SecurityRequirementsSet} with no requirement: then it is open to anyone, and a
 * signed-in caller may still use it.</li>
 * <li>Every refusal is {@code application/problem+json} (the {@code Problem} schema): each operation
 * lists 401 (when signed in), 400 (for a body or a query), 413 and 415 (for a body), 404 (for an
 * id in the path), and {@code default} for what can answer any request (414, 431, 500, 503).</li>
 * </ul>
 * Registered with {@code mp.openapi.filter}.
 */
public class ApiDocument implements OASFilter {

    public static final String BASIC = "basicAuth";
    public static final String BEARER = "bearerToken";
    public static final String SESSION = "sessionCookie";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
            if (!path.equals("/api") && !path.startsWith("/api/")) {
                api.getPaths().removePathItem(path);
            }
        }
        Components components = api.getComponents() != null ? api.getComponents() : OASFactory.createComponents();
        api.setComponents(components);
        components.setSecuritySchemes(Map.of(
                BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("User name and password, sent with every request."),
                BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("fdt_…").description("An API token made on the account page or with"
                                + " POST /api/users/me/tokens."),
                SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name("factdesk-session")
                        .description("The session cookie of the web app, after signing in at /login.")));
        components.addSchema("Problem", problemSchema());
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(item, method, operation)));
    }

    private static void describe(PathItem item, PathItem.HttpMethod method, Operation operation) {
        boolean open = operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
        List<SecurityRequirement> security = new ArrayList<>();
        if (open) {
            security.add(OASFactory.createSecurityRequirement());
        }
        for (String scheme : List.of(BASIC, BEARER, SESSION)) {
            security.add(OASFactory.createSecurityRequirement().addScheme(scheme));
        }
        operation.setSecurity(security);

        APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                : OASFactory.createAPIResponses();
        operation.setResponses(responses);
        if (!open) {
            add(responses, "401", "Not signed in, wrong password, unknown or revoked token.");
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (operation.getRequestBody() != null) {
            add(responses, "400", "The body is not JSON, or a field has the wrong type (named in errors).");
            add(responses, "413", "The body is larger than the server takes.");
            add(responses, "415", "The body is not of a media type this operation takes.");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            add(responses, "400", "A query parameter cannot be read (named in errors).");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            add(responses, "404", "Nothing has this id.");
        }
        add(responses, "default", "Any other refusal: URI or headers too large (414, 431), the database"
                + " busy (503, with Retry-After) or failing (500).");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.equals("201") && response.getHeaders() == null) {
                response.addHeader("Location", OASFactory.createHeader().description("Where the new resource is.")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")));
            }
            if (code.equals("default") || code.startsWith("4") || code.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** RFC 9457, with the list of fields a request got wrong; problem-specific members may follow. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text).addRequired("field").addRequired("message");
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem. Some problems carry more members (currentVersion, candidates,"
                        + " allowed transitions, ...).")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status").addRequired("detail")
                .additionalPropertiesBoolean(Boolean.TRUE);
    }
}
