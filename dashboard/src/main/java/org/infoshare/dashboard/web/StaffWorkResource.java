package org.infoshare.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.infoshare.dashboard.client.SharingClient;
import org.infoshare.dashboard.client.StaffConsentClient;
import org.infoshare.dashboard.service.Refusal;
import org.infoshare.dashboard.service.StaffWorkService;
import org.infoshare.dashboard.service.StaffWorkService.Outcome;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Staff work (issue 13): forms to record a person, a consent, a withdrawal taken by phone, letter or
 * in person, a share request and a breach report. Each posts to the service's own endpoint with the
 * user's token; a refusal shows the service's problem in words beside the fields, with what was
 * typed kept (status as the service answered); a success redirects (POST-redirect-GET) to the form
 * with a confirmation naming the record by its id. Only ids, never a person's details, go in an address.
 * Every form carries the CSRF token (quarkus-rest-csrf).
 */
@Path("/staff")
@RolesAllowed({Viewer.STAFF, Viewer.DPO})
@Produces(MediaType.TEXT_HTML)
public class StaffWorkResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern PIECE_OF_WORK = Pattern.compile("[a-z0-9-]{2,80}");
    /** The API's payload, by example: records with their sources, or counts. */
    private static final String PAYLOAD_HINT = "Records, each with its source: {\"records\":[{\"experience\":{\"theme\":\"discharge\"}}],"
            + "\"sources\":[{\"source\":\"ward-7 notes\",\"medium\":\"ELECTRONIC\",\"lastVerifiedOn\":\"2026-11-01\"}]}"
            + " or counts: {\"cells\":[{\"category\":\"experience\",\"dimensions\":{\"theme\":\"discharge\"},\"count\":12}]}";

    private final SecurityIdentity identity;
    private final StaffWorkService work;
    private final ObjectMapper json;
    private final Clock clock;
    private final Template index;
    private final Template person;
    private final Template consent;
    private final Template withdrawal;
    private final Template share;
    private final Template breach;

    public StaffWorkResource(SecurityIdentity identity, StaffWorkService work, ObjectMapper json, Clock clock,
                             @Location("staff/index.html") Template index, @Location("staff/person.html") Template person,
                             @Location("staff/consent.html") Template consent,
                             @Location("staff/withdrawal.html") Template withdrawal,
                             @Location("staff/share.html") Template share, @Location("staff/breach.html") Template breach) {
        this.identity = identity;
        this.work = work;
        this.json = json;
        this.clock = clock;
        this.index = index;
        this.person = person;
        this.consent = consent;
        this.withdrawal = withdrawal;
        this.share = share;
        this.breach = breach;
    }

    @GET
    public TemplateInstance index() {
        return page(index, "Staff work");
    }

    // ---- a person

    @GET
    @Path("/person")
    public TemplateInstance personForm(@QueryParam("recorded") String recorded) {
        return personPage(StaffForms.Person.blank(), Refusal.NONE).data("recorded", id(recorded));
    }

    @POST
    @Path("/person")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordPerson(@BeanParam StaffForms.Person form) {
        Outcome<StaffConsentClient.Registered> outcome =
                work.registerPerson(form.toRequest(), StaffForms.Person.FIELDS);
        return outcome.ok() ? recorded("/staff/person", outcome.recorded().subjectId())
                : refused(outcome.refusal(), personPage(form, outcome.refusal()).data("recorded", null));
    }

    private TemplateInstance personPage(StaffForms.Person form, Refusal refusal) {
        return page(person, "Record a person").data("form", form).data("refusal", refusal)
                .data("capacities", Choice.CAPACITY);
    }

    // ---- a consent

    @GET
    @Path("/consent")
    public TemplateInstance consentForm(@QueryParam("subjectId") String subjectId, @QueryParam("pieceOfWork") String pieceOfWork,
                                        @QueryParam("recorded") String recorded) {
        String id = id(recorded);
        String piece = pieceOfWork != null && PIECE_OF_WORK.matcher(pieceOfWork).matches() ? pieceOfWork : null;
        return consentPage(StaffForms.Consent.blank(id(subjectId), FormValues.now(clock)), Refusal.NONE, piece)
                .data("recorded", id == null ? null : found(() -> work.consent(id)));
    }

    @POST
    @Path("/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordConsent(@BeanParam StaffForms.Consent form) {
        var outcome = work.giveConsent(form.toRequest(), StaffForms.Consent.FIELDS);
        return outcome.ok() ? recorded("/staff/consent", outcome.recorded().id())
                : refused(outcome.refusal(), consentPage(form, outcome.refusal(), null).data("recorded", null));
    }

    private TemplateInstance consentPage(StaffForms.Consent form, Refusal refusal, String pieceOfWork) {
        String chosen = id(FormValues.text(form.informationSheetId()));
        return page(consent, "Record a consent").data("form", form).data("refusal", refusal)
                .data("pieceOfWork", pieceOfWork).data("sheets", work.informationSheets(pieceOfWork, chosen))
                .data("captures", Choice.CAPTURE)
                .data("lawfulBases", Choice.LAWFUL_BASIS).data("conditions", Choice.ARTICLE_9)
                .data("proxyKinds", Choice.PROXY_KIND);
    }

    // ---- a withdrawal

    @GET
    @Path("/withdrawal")
    public TemplateInstance withdrawalForm(@QueryParam("consentId") String consentId, @QueryParam("recorded") String recorded) {
        String id = id(recorded);
        return withdrawalPage(StaffForms.Withdrawal.blank(id(consentId), FormValues.now(clock)), Refusal.NONE)
                .data("recorded", id == null ? null : found(() -> work.consent(id)));
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordWithdrawal(@BeanParam StaffForms.Withdrawal form) {
        String consentId = FormValues.text(form.consentId());
        // The consent's id is part of the service's address, not of its body: without one there is nothing to send.
        var outcome = consentId == null || !ID.matcher(consentId).matches()
                ? Outcome.<StaffConsentClient.Withdrawn>refused(Refusal.of(
                StaffForms.Withdrawal.CONSENT, "Enter the consent's id, as its confirmation showed it."))
                : work.withdraw(consentId, form.toRequest(), StaffForms.Withdrawal.FIELDS);
        if (!outcome.ok() && outcome.refusal().status() == 404) {
            outcome = Outcome.refused(Refusal.of(StaffForms.Withdrawal.CONSENT, "No consent has this id; check it."));
        }
        return outcome.ok() ? recorded("/staff/withdrawal", outcome.recorded().consent().id())
                : refused(outcome.refusal(), withdrawalPage(form, outcome.refusal()).data("recorded", null));
    }

    private TemplateInstance withdrawalPage(StaffForms.Withdrawal form, Refusal refusal) {
        return page(withdrawal, "Record a withdrawal").data("form", form).data("refusal", refusal)
                .data("scopes", Choice.WITHDRAWAL_SCOPE).data("channels", Choice.WITHDRAWAL_CHANNEL);
    }

    // ---- a share request

    @GET
    @Path("/share")
    public TemplateInstance shareForm(@QueryParam("consentId") String consentId, @QueryParam("recorded") String recorded) {
        String id = id(recorded);
        return sharePage(StaffForms.Share.blank(id(consentId)), Refusal.NONE)
                .data("recorded", id == null ? null : found(() -> work.share(id)));
    }

    @POST
    @Path("/share")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestShare(@BeanParam StaffForms.Share form) {
        JsonNode payload = null;
        Refusal unreadable = null;
        if (FormValues.text(form.payload()) != null) {
            try {
                payload = json.readTree(form.payload());
            } catch (Exception notJson) {
                // The request is JSON: a payload that is not cannot be sent at all.
                unreadable = Refusal.of(StaffForms.Share.PAYLOAD,
                        "What is shared must be JSON, like the example; check brackets, quotes and commas.");
            }
        }
        var outcome = unreadable != null ? Outcome.<SharingClient.ShareRequest>refused(unreadable)
                : work.requestShare(form.toRequest(payload), StaffForms.Share.FIELDS);
        return outcome.ok() ? recorded("/staff/share", outcome.recorded().id())
                : refused(outcome.refusal(), sharePage(form, outcome.refusal()).data("recorded", null));
    }

    private TemplateInstance sharePage(StaffForms.Share form, Refusal refusal) {
        return page(share, "Request a share").data("form", form).data("refusal", refusal)
                .data("yesNo", Choice.YES_NO).data("bases", Choice.SHARE_BASIS).data("lawfulBases", Choice.LAWFUL_BASIS)
                .data("conditions", Choice.ARTICLE_9).data("sensitivities", Choice.SENSITIVITY)
                .data("payloadHint", PAYLOAD_HINT);
    }

    // ---- a breach

    @GET
    @Path("/breach")
    public TemplateInstance breachForm(@QueryParam("recorded") String recorded) {
        String id = id(recorded);
        return breachPage(StaffForms.Breach.blank(FormValues.now(clock)), Refusal.NONE)
                .data("recorded", id == null ? null : found(() -> work.breach(id)));
    }

    @POST
    @Path("/breach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reportBreach(@BeanParam StaffForms.Breach form) {
        var outcome = work.reportBreach(form.toRequest(), StaffForms.Breach.FIELDS);
        return outcome.ok() ? recorded("/staff/breach", outcome.recorded().id())
                : refused(outcome.refusal(), breachPage(form, outcome.refusal()).data("recorded", null));
    }

    private TemplateInstance breachPage(StaffForms.Breach form, Refusal refusal) {
        return page(breach, "Report a breach").data("form", form).data("refusal", refusal)
                .data("certainties", Choice.CERTAINTY).data("yesNo", Choice.YES_NO);
    }

    // ---- shared

    private TemplateInstance page(Template template, String title) {
        return template.data("viewer", Viewer.of(identity)).data("title", title).data("staffWork", true);
    }

    /** POST-redirect-GET: the form again, confirming the record by its id (an id, never a person's details). */
    private static Response recorded(String path, String id) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam("recorded", id).build()).build();
    }

    private static Response refused(Refusal refusal, TemplateInstance page) {
        return Response.status(refusal.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render()).build();
    }

    /** An id from the address, or null when it is not shaped like one (nothing else is shown back). */
    private static String id(String value) {
        return value != null && ID.matcher(value).matches() ? value : null;
    }

    /** The record to confirm, or null when the service does not show it (404). */
    private static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (ClientWebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }
}
