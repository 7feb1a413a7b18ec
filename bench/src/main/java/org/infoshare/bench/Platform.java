package org.infoshare.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The platform's public API as the bench uses it, call for call as e2e's Journeys: the DPO
 * registers partners and agrees protocols, staff record people and consents, share and withdraw.
 */
final class Platform {

    static final String PURPOSE = "service-improvement";
    static final List<String> CATEGORIES = List.of("experience", "service-used");

    private final Api api;
    private final String consent;
    private final String sharing;

    Platform(Api api, Options options) {
        this.api = api;
        this.consent = options.consentUrl();
        this.sharing = options.sharingUrl();
    }

    // ---- partners and protocols (DPO)

    /** Registers the partner, or resets it to this shape and webhook (partners outlive runs). */
    void ensurePartner(String id, String webhookUrl, String secret) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Bench organisation " + id);
        body.put("kind", "SERVICE_PROVIDER");
        body.put("smallProviderKind", null);
        body.put("purposes", List.of(PURPOSE, "research"));
        if (webhookUrl != null) {
            body.put("webhookUrl", webhookUrl);
            body.put("webhookSecret", secret);
        }
        Api.Reply created = api.post(sharing + "/api/v1/partners", "dpo", body).join();
        if (created.status() == 409) {
            api.put(sharing + "/api/v1/partners/" + id, "dpo", body).join().expect(200);
        } else {
            created.expect(201);
        }
    }

    void ensureAgreedProtocol(String partnerId) {
        JsonNode items = api.get(sharing + "/api/v1/protocols?size=200&partnerId=" + partnerId, "dpo").join()
                .expect(200).tree().path("items");
        for (JsonNode p : items) {
            if (PURPOSE.equals(p.path("purpose").asText()) && "AGREED".equals(p.path("status").asText())
                    && p.hasNonNull("reviewDate")
                    && LocalDate.parse(p.path("reviewDate").asText()).isAfter(LocalDate.now().plusDays(7))) {
                return;
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("partnerId", partnerId);
        body.put("purpose", PURPOSE);
        body.put("triggerCircumstances", "Monthly themes from people's experiences of the service");
        body.put("method", Map.of("channel", "SECURE_API", "sender", "Intelligence team",
                "namedRecipient", "Head of Patient Experience"));
        body.put("securityMeasures", List.of("TLS 1.2+", "role-based access at the trust"));
        body.put("limitsOnUse", List.of("service improvement only", "no onward sharing without our consent"));
        body.put("dataCategories", CATEGORIES);
        body.put("staleConsentAfterDays", 180);
        body.put("reviewDate", LocalDate.now().plusYears(1).toString());
        String id = api.post(sharing + "/api/v1/protocols", "dpo", body).join().expect(201).text("id");
        api.post(sharing + "/api/v1/protocols/" + id + "/status", "dpo", Map.of("status", "AGREED")).join().expect(200);
    }

    // ---- people and consents (staff)

    String informationSheet() {
        return api.post(consent + "/api/v1/information-sheets", "staff", Map.of(
                        "pieceOfWork", "bench-" + UUID.randomUUID().toString().substring(0, 8),
                        "title", "Benchmark: your experience",
                        "text", "What we collect, who receives it, why, and how to withdraw."))
                .join().expect(201).text("id");
    }

    CompletableFuture<String> registerSubject() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return api.post(consent + "/api/v1/subjects", "staff", Map.of("givenName", "Bench" + unique,
                        "familyName", "Person" + unique, "email", "bench." + unique + "@example.org",
                        "dateOfBirth", "1960-01-01", "address", Map.of("lines", List.of(unique + " Mill Lane"),
                                "town", "Oakham", "postcode", "LE15 6AB")))
                .thenApply(reply -> reply.expect(201).text("subjectId"));
    }

    CompletableFuture<String> giveConsent(String subjectId, List<String> partners, String sheetId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("purposes", List.of(PURPOSE));
        body.put("dataCategories", List.of("experience", "service-used", "health"));
        body.put("recipientPartnerIds", partners);
        body.put("recipientPartnerKinds", List.of());
        body.put("handling", "Pseudonymised before release; kept 2 years by recipients.");
        body.put("lawfulBasis", "A");
        body.put("article9Condition", "A");
        body.put("capture", Map.of("channel", "VERBAL",
                "takenAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString(),
                "notes", "Benchmark consent."));
        body.put("informationSheetId", sheetId);
        return api.post(consent + "/api/v1/consents", "staff", body).thenApply(reply -> reply.expect(201).text("id"));
    }

    /** Completes once sharing-service's projection of the consent is ACTIVE (polled every 100 ms, 60 s at most). */
    CompletableFuture<Void> projectionActive(String consentId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        pollProjection(consentId, deadline, done);
        return done;
    }

    private void pollProjection(String consentId, long deadline, CompletableFuture<Void> done) {
        api.get(sharing + "/api/v1/consent-projections/" + consentId, "dpo").whenComplete((reply, error) -> {
            if (error == null && reply.status() == 200 && "ACTIVE".equals(reply.text("state"))) {
                done.complete(null);
            } else if (System.nanoTime() > deadline) {
                done.completeExceptionally(new IllegalStateException("consent " + consentId
                        + " not active in sharing-service's projection within 60 s"));
            } else {
                Executor later = CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);
                later.execute(() -> pollProjection(consentId, deadline, done));
            }
        });
    }

    /** The body of an approved, non-identifiable share under the consent (as Journeys.approvedRelease). */
    static Map<String, Object> shareBody(String subjectId, String consentId, String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("partnerId", partnerId);
        body.put("purpose", PURPOSE);
        body.put("dataCategories", CATEGORIES);
        body.put("identifiable", false);
        body.put("basis", "CONSENT");
        body.put("consentId", consentId);
        body.put("sensitivity", "CONFIDENTIAL");
        body.put("proportionality", "Themes of this person's experience only, needed to change the discharge process");
        body.put("payload", Map.of("records", List.of(Map.of(
                "experience", Map.of("theme", "discharge", "rating", 2, "summary", "Bench record " + consentId),
                "service-used", Map.of("service", "ward-7", "ageBand", "40-49"))),
                // P2.2/P9.1: each record names its source, medium and date last verified
                "sources", List.of(Map.of("source", "ward-7 nursing notes", "medium", "ELECTRONIC",
                        "lastVerifiedOn", LocalDate.now().minusDays(30).toString()))));
        return body;
    }

    CompletableFuture<Api.Reply> share(String subjectId, String consentId, String partnerId) {
        return api.post(sharing + "/api/v1/share-requests", "staff", shareBody(subjectId, consentId, partnerId));
    }

    /** Answers the share request's id, once approved. */
    CompletableFuture<String> approvedShare(String subjectId, String consentId, String partnerId) {
        return share(subjectId, consentId, partnerId).thenApply(reply -> {
            reply.expect(201);
            if (!"APPROVED".equals(reply.text("outcome"))) {
                throw new IllegalStateException("share not approved: " + reply.body());
            }
            return reply.text("id");
        });
    }

    CompletableFuture<Api.Reply> withdraw(UUID consentId) {
        return api.post(consent + "/api/v1/consents/" + consentId + "/withdrawals", "staff",
                Map.of("whole", true, "channel", "PHONE", "notes", "Benchmark withdrawal"));
    }

    CompletableFuture<Api.Reply> release(UUID releaseId) {
        return api.get(sharing + "/api/v1/releases/" + releaseId, "staff");
    }

    /** A person with an active consent to the partners and one approved share to {@code firstPartner}. */
    record Consented(String subjectId, UUID consentId, UUID shareRequestId, String partnerId) {
    }

    CompletableFuture<Consented> consented(List<String> partners, String firstPartner, String sheetId, boolean share) {
        return registerSubject().thenCompose(subject -> giveConsent(subject, partners, sheetId)
                .thenCompose(consentId -> projectionActive(consentId)
                        .thenCompose(active -> share ? approvedShare(subject, consentId, firstPartner)
                                : CompletableFuture.completedFuture((String) null))
                        .thenApply(shareId -> new Consented(subject, UUID.fromString(consentId),
                                shareId == null ? null : UUID.fromString(shareId), firstPartner))));
    }

    /**
     * Runs {@code count} setups with at most {@code inFlight} at once; answers them in index order.
     * Fails when any fails.
     */
    static <T> List<T> pooled(int count, int inFlight, IntFunction<CompletableFuture<T>> setup) {
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(count, null));
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<?>[] lanes = new CompletableFuture<?>[Math.min(inFlight, Math.max(1, count))];
        for (int lane = 0; lane < lanes.length; lane++) {
            lanes[lane] = lane(next, count, setup, results);
        }
        CompletableFuture.allOf(lanes).join();
        return results;
    }

    private static <T> CompletableFuture<Void> lane(AtomicInteger next, int count, IntFunction<CompletableFuture<T>> setup,
                                                   List<T> results) {
        int index = next.getAndIncrement();
        if (index >= count) {
            return CompletableFuture.completedFuture(null);
        }
        return setup.apply(index).thenCompose(result -> {
            synchronized (results) {
                results.set(index, result);
            }
            return lane(next, count, setup, results);
        });
    }
}
