package io.factdesk.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One mapper per kind of problem. Each answers the API with problem+json and a browser with an
 * error page (or, when it is not signed in, with the sign-in page). No stack trace ever leaves.
 */
public class ProblemMappers {

    /** Sent by the desk's scripts on their API requests: a 401 then carries no HTTP Basic challenge. */
    static final String REQUESTED_WITH = "X-Requested-With";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return ProblemResponses.respond(uri, e.toProblem());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        return ProblemResponses.respond(uri, switch (status) {
            case 404 -> ProblemResponses.of(404, "not-found", "Not found", "Nothing is at " + uri.getPath() + ".");
            case 405 -> ProblemResponses.of(405, "method-not-allowed", "Method not allowed",
                    uri.getPath() + " does not accept this method.");
            case 406 -> ProblemResponses.of(406, "not-acceptable", "Not acceptable",
                    "This resource cannot be represented in the media type you asked for.");
            case 413 -> ProblemResponses.of(413, "too-large", "Request too large", e.getMessage());
            case 415 -> ProblemResponses.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send this request with Content-Type: application/json.");
            case 400 -> ProblemResponses.of(400, "malformed-request", "The request is malformed",
                    "A parameter of the request could not be read: check types and formats.");
            default -> ProblemResponses.of(status, "http-" + status, original.getStatusInfo().getReasonPhrase(),
                    original.getStatusInfo().getReasonPhrase());
        });
    }

    /** Listed type by type: Quarkus' own mappers for the more specific Jackson types would win otherwise. */
    @ServerExceptionMapper(value = { JsonProcessingException.class, JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            InputCoercionException.class },
            priority = Priorities.USER - 100)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException) {
            return ProblemResponses.json(ProblemResponses.of(400, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")."));
        }
        String field = e instanceof JsonMappingException m ? fieldPath(m.getPath())
                : e instanceof StreamReadException r && r.getProcessor() != null ? contextPath(r.getProcessor()) : "";
        String detail = field.isEmpty() ? "The JSON does not have the expected shape."
                : "The field '" + field + "' " + expected(e) + ".";
        return ProblemResponses.json(new Problem(ProblemResponses.TYPE_BASE + "malformed-json", "Malformed JSON",
                400, detail, field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail)), null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return ProblemResponses.respond(uri, ProblemResponses.of(409, "stale-version", "Edited by someone else",
                "Someone else changed this at the same time. Reload it and apply your change again."));
    }

    /**
     * Not signed in: on the API a 401 problem with the HTTP Basic challenge, except for a page's own script
     * (it says so with {@code X-Requested-With}): a browser answers a challenge to a script's request with its
     * sign-in dialog, over whatever the user is doing (docs/security.md, "Signing in").
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response notSignedIn(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (ProblemResponses.isApi(uri)) {
            Response problem = ProblemResponses.json(ProblemResponses.of(401, "not-signed-in", "Not signed in",
                    e instanceof AuthenticationFailedException ? "The user name or password is wrong."
                            : "Sign in with HTTP Basic (or the session cookie of the web app)."));
            if (headers.getHeaderString(REQUESTED_WITH) != null) {
                return problem;
            }
            return Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Factdesk\", charset=\"UTF-8\"").build();
        }
        boolean failedSignIn = uri.getPath().endsWith("/j_security_check");
        return Response.seeOther(URI.create(failedSignIn ? "/login?error=true" : "/login")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.respond(uri, ProblemResponses.of(403, "forbidden", "Not allowed",
                e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                        : "Your role does not allow this."));
    }

    /**
     * The database failed the request. When every connection of the pool is in use for longer than
     * the acquisition timeout, that is a 503 the client may retry; a unique constraint that another
     * request's row won is a 409 ({@link UniqueViolations}); anything else is a 500 logged here.
     * Either way the request's transaction was rolled back: nothing of it was saved.
     */
    @ServerExceptionMapper
    public Response database(PersistenceException e, UriInfo uri) {
        Optional<Problem> conflict = UniqueViolations.conflict(e);
        if (conflict.isPresent()) {
            return ProblemResponses.respond(uri, conflict.get());
        }
        if (poolExhausted(e)) {
            Response problem = ProblemResponses.respond(uri, ProblemResponses.of(503, "busy", "Server busy",
                    "Every database connection is in use. Nothing was changed; try again in a moment."));
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        LOG.error("Database error on " + uri.getPath(), e);
        return ProblemResponses.respond(uri, ProblemResponses.of(500, "internal-error", "Server error",
                "The server could not complete the request and has logged why. Nothing of it was saved."));
    }

    /** Agroal's words when no connection became free within {@code quarkus.datasource.jdbc.acquisition-timeout}. */
    static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** What the field should have held, when Jackson says which type it was reading. */
    private static String expected(JsonProcessingException e) {
        if (e instanceof InputCoercionException) {
            return "holds a number out of range";
        }
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "must be a whole number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "has the wrong type or format";
    }

    /** The path of the value the parser stopped at, for errors that come before any mapping. */
    private static String contextPath(JsonParser parser) {
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                steps.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        return path.stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
