package org.infoshare.web;

import java.net.URI;

/** The kinds of problem every service may answer with; services add their own URNs the same way. */
public enum ProblemType {
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_FIELD_TYPE(400, "Invalid field type"),
    UNKNOWN_FIELD(400, "Unknown field"),
    VALIDATION_FAILED(400, "Validation failed"),
    BAD_REQUEST(400, "Bad request"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    /** P15.1: a staff member has not acknowledged the policy version in force (PolicyAcknowledgementGate). */
    POLICY_NOT_ACKNOWLEDGED(403, "Policy not acknowledged"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    GONE(410, "Gone"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:infoshare:problem:" + name().toLowerCase().replace('_', '-'));
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_FIELD_TYPE && type != UNKNOWN_FIELD
                    && type != VALIDATION_FAILED && type != MALFORMED_JSON && type != POLICY_NOT_ACKNOWLEDGED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
