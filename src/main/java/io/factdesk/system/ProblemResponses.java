package io.factdesk.system;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns a {@link Problem} into the response the caller understands: JSON for the API, a page for browsers. */
public final class ProblemResponses {

    public static final String TYPE_BASE = "https://factdesk.io/problems/";

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    private ProblemResponses() {
    }

    public static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    public static Response respond(UriInfo uri, Problem problem) {
        if (isApi(uri)) {
            return json(problem);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem.status(), problem.title(), problem.detail())).build();
    }

    public static Response json(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson()).build();
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null);
    }
}
