package io.factdesk.claim;

import io.factdesk.account.Role;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The managed list of topics: everyone reads it, editors add, rename, reorder and retire topics and keep
 * their keywords.
 */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicResource {

    /** A topic; {@code keywords} make the suggestions propose it (docs/suggestions.md), empty for none. */
    public record TopicView(long id, String name, int colour, int position, boolean retired, List<String> keywords,
            long version) {
        static TopicView of(Topic t) {
            return new TopicView(t.id, t.name, t.colour, t.position, t.retired, t.keywordList(), t.version);
        }
    }

    /**
     * A new topic, or the fields of an edit (null: unchanged). {@code keywords} replace the topic's list:
     * each stripped, blank ones and repeats (case aside) dropped.
     */
    public record TopicChange(@Size(max = Limits.TOPIC_NAME) String name,
            @Min(0) @Max(Limits.TOPIC_COLOUR_MAX) Integer colour, Integer position, Boolean retired,
            @Size(max = Limits.TOPIC_KEYWORDS) List<@Size(max = Limits.TOPIC_KEYWORD) String> keywords,
            Long version) {
    }

    @Inject
    TopicService topics;

    @Inject
    io.factdesk.account.Me me;

    @GET
    public List<TopicView> list(@RestQuery boolean retired) {
        List<Topic> topics = retired ? Topic.listAll(io.quarkus.panache.common.Sort.by("position").and("id"))
                : Topic.active();
        return topics.stream().map(TopicView::of).toList();
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponseSchema(value = TopicView.class, responseCode = "201", responseDescription = "The new topic.")
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409", description = "duplicate-topic: the name is taken.")
    @APIResponse(responseCode = "422",
            description = "The name is missing or too long, the colour is not a palette slot, or the keywords are"
                    + " too many or too long.")
    public Response create(TopicChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        Topic topic = topics.create(body, me.user());
        return Response.created(URI.create("/api/topics/" + topic.id)).entity(TopicView.of(topic)).build();
    }

    /** Renaming keeps every claim filed under the topic; retiring hides it from new claims only. */
    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @APIResponse(responseCode = "200") // completed from the method by the scanner
    @APIResponse(responseCode = "403", description = "The role does not allow it.")
    @APIResponse(responseCode = "409", description = "stale-version, or duplicate-topic.")
    @APIResponse(responseCode = "422", description = "The name is too long, the colour is not a palette slot, or"
            + " the keywords are too many or too long.")
    public TopicView edit(@RestPath long id, TopicChange body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "A JSON body is required.");
        }
        return TopicView.of(topics.edit(id, body, me.user()));
    }
}
