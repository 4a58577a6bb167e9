package io.factdesk.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The other half of the CSRF defence. quarkus-rest-csrf checks the token of every form
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) and lets every other media
 * type through; but a cross-site page can also post {@code text/plain}, or a body with no
 * Content-Type, carrying the session cookie and no token. So a request that may change something is
 * let through only as a form (whose token is checked) or as JSON (which a browser sends cross-site
 * only after a CORS preflight, never granted here); anything else is refused with 415 before any
 * endpoint runs. A DELETE without a body passes: browsers send DELETE cross-site only after a
 * preflight too. docs/security.md.
 */
public class CsrfGuard {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNeitherFormNorJson(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type == null ? method.equals("DELETE") : isJson(type) || isForm(type)) {
            return null;
        }
        boolean api = ProblemResponses.isApi(request.getUriInfo());
        return ProblemResponses.respond(request.getUriInfo(), ProblemResponses.of(415, "unsupported-media-type",
                "Unsupported media type", api
                        ? "Send this request with Content-Type: application/json."
                        : "This address takes only a form sent from a Factdesk page. Go back, reload the page "
                                + "and send it again."));
    }

    static boolean isJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    static boolean isForm(MediaType type) {
        return MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type);
    }
}
