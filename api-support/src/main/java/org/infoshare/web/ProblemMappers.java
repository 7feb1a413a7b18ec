package org.infoshare.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.impl.NoStackTraceThrowable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure of a REST call into an RFC 9457 problem. Details are written for the
 * client and never echo exception messages, class names or submitted values, which could hold
 * personal data or reveal the implementation.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return internalError(e);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(ProblemType.VALIDATION_FAILED, "The request has " + errors.size()
                + " invalid field(s)", errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return Problem.of(ProblemType.UNKNOWN_FIELD, "Unknown field '" + field + "'",
                List.of(new Problem.FieldError(field, "is not a field of this request"))).toResponse();
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return Problem.of(ProblemType.INVALID_FIELD_TYPE, "The body has the wrong JSON type").toResponse();
        }
        return Problem.of(ProblemType.INVALID_FIELD_TYPE, "Field '" + field + "' has the wrong type or format",
                List.of(new Problem.FieldError(field, "has the wrong type or format"))).toResponse();
    }

    @ServerExceptionMapper
    public Response badMapping(JsonMappingException e) {
        String field = jsonPath(e);
        return Problem.of(ProblemType.INVALID_FIELD_TYPE, field.isEmpty()
                ? "The body cannot be read as this request"
                : "Field '" + field + "' cannot be read").toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(ProblemType.MALFORMED_JSON, "The body is not well-formed JSON").toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.of(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token issued by the infoshare realm is required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // The JSON reader reports an unreadable body as a bare 400 wrapping Jackson's exception.
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return wrongType(mismatched);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return badMapping(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(Problem.of(type, describe(status)).toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    /**
     * The reactive client's bare failures (no free connection within the pool's wait, a connection
     * closed under the request) are not {@link Exception}s, so without this they left RESTEasy
     * as a 500 that is not even a problem. They mean the service is overloaded or its database
     * connection broke: 503 to retry; the request's transaction never committed.
     */
    @ServerExceptionMapper
    public Response unavailable(NoStackTraceThrowable e) {
        LOG.warnf("Database connection unavailable, answered 503: %s", e.getMessage());
        return Response.fromResponse(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                        "The service is busy or lost its database connection; nothing was saved, send the request again")
                .toResponse()).header(HttpHeaders.RETRY_AFTER, ConcurrencyProblems.RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // Two requests meeting in the database (a unique key taken, a deadlock) is no fault: the
        // client gets 409 or 503 to retry, whatever layer wrapped the database's report.
        return ConcurrencyProblems.answer(e).orElseGet(() -> internalError(e));
    }

    private static Response internalError(Exception e) {
        UUID reference = UUID.randomUUID();
        // The stack trace goes to the log under a reference the client can quote; never to the client.
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return Problem.of(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; reference " + reference)
                .toResponse();
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "Nothing exists at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation; ask for application/json";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> "The request cannot be processed";
        };
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Drop the method and parameter nodes ("create.request.purpose" -> "purpose") so clients
        // see the JSON field; keep a query or path parameter's own name.
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (names.isEmpty()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    names.add(node.getName());
                }
            }
        }
        return names.stream().filter(n -> n != null && !n.startsWith("<")).collect(Collectors.joining("."));
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
