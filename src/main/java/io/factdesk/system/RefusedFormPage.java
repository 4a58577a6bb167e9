package io.factdesk.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token with a bare 400. In the browser that would
 * be a blank page; this says what happened and what to do (the browser keeps the typed text when
 * the user goes back).
 */
public class RefusedFormPage {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        boolean form = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType());
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400 && !response.hasEntity() && form && !path.startsWith("/api/")) {
            response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
            response.setEntity(ProblemResponses.Templates.error(400, "The form could not be sent",
                    "It had expired or did not come from a Factdesk page. Go back, reload the page and send "
                            + "it again: going back keeps what you typed in the form."));
        }
    }
}
