package org.infoshare.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Honours the {@code Idempotency-Key} header on POSTs that clients may retry. The first request
 * with a key runs and its answer is stored in the same transaction as its effect; a retry with
 * the same key and the same body gets that answer again (with {@code Idempotent-Replayed: true})
 * and changes nothing; the same key with another body is refused with 422. A request that failed
 * stored nothing, so it may be retried with its key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;

    public IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    /** The answer of a POST as it can be stored and replayed. */
    public record Answer(int status, Object body, URI location) {

        public static Answer created(URI location, Object body) {
            return new Answer(201, body, location);
        }

        public static Answer ok(Object body) {
            return new Answer(200, body, null);
        }
    }

    /**
     * Runs {@code action} at most once per key, caller and operation, joining the action's
     * transaction so the stored answer commits with its effect.
     */
    @WithTransaction
    public Uni<Response> run(String key, Caller caller, String operation, Object request, Supplier<Uni<Answer>> action) {
        if (key == null) {
            return action.get().map(answer -> toResponse(answer.status(), answer.location(), answer.body(), false));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.BAD_REQUEST,
                    "An Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String scope = caller.actorId() + " " + operation;
        String requestHash = sha256(request);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT request_sha256, status, location, response_json FROM idempotency_key "
                                + "WHERE scope = ?1 AND idempotency_key = ?2", Object[].class)
                .setParameter(1, scope).setParameter(2, key).getResultList())
                .chain(found -> found.isEmpty()
                        ? firstTime(key, scope, requestHash, action)
                        : replay(found.get(0), requestHash));
    }

    private Uni<Response> firstTime(String key, String scope, String requestHash, Supplier<Uni<Answer>> action) {
        return action.get().chain(answer -> {
            String body = write(answer.body());
            // The action's own writes are flushed first, so a key the action clashes on is reported
            // as itself and only a clash on the idempotency key reads as a concurrent retry.
            return Panache.getSession().chain(session -> session.flush().chain(() -> session.createNativeQuery(
                            "INSERT INTO idempotency_key (idempotency_key, scope, request_sha256, status, location, "
                                    + "response_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, key).setParameter(2, scope).setParameter(3, requestHash)
                    .setParameter(4, answer.status())
                    .setParameter(5, Optional.ofNullable(answer.location()).map(URI::toString).orElse(null))
                    .setParameter(6, body)
                    .executeUpdate()
                    .onFailure(org.hibernate.exception.ConstraintViolationException.class).transform(concurrent ->
                            // Another request with the same key committed first: this one rolls back.
                            new ProblemException(ProblemType.CONFLICT,
                                    "A request with this Idempotency-Key is being processed; retry"))))
                    .replaceWith(toResponse(answer.status(), answer.location(), answer.body(), false));
        });
    }

    private static Uni<Response> replay(Object[] stored, String requestHash) {
        if (!requestHash.equals(stored[0])) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was used for a different request"));
        }
        URI location = stored[2] == null ? null : URI.create((String) stored[2]);
        return Uni.createFrom().item(toResponse(((Number) stored[1]).intValue(), location, stored[3], true));
    }

    private static Response toResponse(int status, URI location, Object body, boolean replayed) {
        Response.ResponseBuilder response = Response.status(status).type("application/json").entity(body);
        if (location != null) {
            response.location(location);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be stored for replay", e);
        }
    }

    private String sha256(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(
                    request == null ? List.of() : request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a request could not be fingerprinted", e);
        }
    }
}
