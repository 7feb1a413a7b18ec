package org.infoshare.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URN per kind of problem so clients
 * can branch on it; {@code detail} is written for people and never names code (classes, SQL).
 * {@code rules} (an extension member) names the policy rules that refused the request, by id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors,
                      List<String> rules) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One offending input field: a JSON path or parameter name, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null);
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors.isEmpty() ? null : errors,
                null);
    }

    /** A request a policy refused: the ids of the rules that refused it, with the detail explaining each. */
    public static Problem refusedBy(ProblemType type, String detail, List<String> rules) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, List.copyOf(rules));
    }

    /** A request a policy refused, with the field each refusal is about (an input the caller can change). */
    public static Problem refusedBy(ProblemType type, String detail, List<FieldError> errors, List<String> rules) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors.isEmpty() ? null : List.copyOf(errors),
                List.copyOf(rules));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
