package org.infoshare.sharing.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.sharing.service.ProviderLinkService;
import org.infoshare.web.Caller;
import org.infoshare.web.Roles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issue 13 item 4b: a small provider's signed link, used through the dashboard's public page. Only
 * the dashboard's service account (role provider-portal) calls these; the token in the path is the
 * provider's authority, bound to one partner, one purpose, one target, once, until it expires.
 */
@Path("/api/v1")
@Tag(name = "Small providers' links")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderLinkResource {

    private final ProviderLinkService links;
    private final SecurityIdentity identity;

    public ProviderLinkResource(ProviderLinkService links, SecurityIdentity identity) {
        this.links = links;
        this.identity = identity;
    }

    /** A recorded answer through a link. */
    public record AnswerView(String notificationId, String response, String lawfulCondition, Instant answeredAt) {
    }

    /** A recorded acknowledgement through a link; {@code recorded} false when the partner had acknowledged already. */
    public record AcknowledgementView(String guidanceNoteId, int version, boolean recorded) {
    }

    @GET
    @Path("/provider-links/{token}")
    @RolesAllowed(Roles.PROVIDER_PORTAL)
    @Operation(summary = "What a small provider's link is for: partner, notice or guidance note (nothing about a person), expiry; 404 unknown, 410 used or expired")
    public Uni<ProviderLinkView> view(@PathParam("token") String token) {
        return links.view(token).map(ProviderLinkView::of);
    }

    @POST
    @Path("/provider-links/{token}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVIDER_PORTAL)
    @Operation(summary = "Answer the withdrawal notice as the link's partner, with the partner API's rules (P6.8, P4.1); once: recipient-acknowledged and provider-link-used; 410 used or expired, 409 another purpose (provider-link-refused)")
    public Uni<AnswerView> answer(@PathParam("token") String token, @Valid @NotNull AnswerRequest body) {
        String actor = Caller.of(identity).actorId();
        return refusalsRecorded(links.answer(token, body.answer(), actor), actor).map(n -> new AnswerView(
                n.id().toString(), n.answer().map(a -> a.response().name()).orElseThrow(),
                n.answer().flatMap(a -> a.lawfulCondition()).map(c -> c.label()).orElse(null), n.answeredAt().orElseThrow()));
    }

    @POST
    @Path("/provider-links/{token}/acknowledgement")
    @RolesAllowed(Roles.PROVIDER_PORTAL)
    @Operation(summary = "Acknowledge the guidance note as the link's partner (P1.3); once: guidance-acknowledged and provider-link-used; 410 used or expired, 409 another purpose (provider-link-refused)")
    public Uni<AcknowledgementView> acknowledge(@PathParam("token") String token) {
        String actor = Caller.of(identity).actorId();
        return refusalsRecorded(links.acknowledge(token, actor), actor).map(ack -> new AcknowledgementView(
                ack.note().id().toString(), ack.note().version(), ack.recorded()));
    }

    @GET
    @Path("/provider-notices")
    @RolesAllowed({Roles.STAFF, Roles.DPO})
    @Operation(summary = "Small providers' notices with their links, newest first, to post or e-mail; the text only while the link is unused")
    public Uni<List<ProviderNoticeView>> notices(@QueryParam("partnerId") @Pattern(regexp = Tokens.CODE,
                                                         message = Tokens.CODE_MESSAGE) String partnerId,
                                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return links.notices(Optional.ofNullable(partnerId), limit)
                .map(found -> found.stream().map(ProviderNoticeView::of).toList());
    }

    /** A refused use of a known link is recorded (provider-link-refused) before the problem is answered. */
    private <T> Uni<T> refusalsRecorded(Uni<T> use, String actor) {
        return use.onFailure(ProviderLinkService.Refused.class)
                .call(refused -> links.recordRefusal((ProviderLinkService.Refused) refused, actor));
    }
}
