package org.infoshare.sharing.service;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why a webhook attempt failed, as recorded on the notification: a class, never an exception's
 * message (which may quote a partner's answer or an internal address).
 */
public enum WebhookFailure {
    /** No answer (connecting included) within the send timeout. */
    TIMEOUT,
    /** The partner's host refused the connection. */
    CONNECT_REFUSED,
    /** The host name did not resolve. */
    UNRESOLVED,
    /** The URL is not https, or its host resolves to an address webhooks may not go to (P11.1). */
    ADDRESS_REFUSED,
    /** The TLS handshake failed (certificate, protocol). */
    TLS,
    /** Any other network failure (reset, closed). */
    CONNECTION_FAILED,
    /** A 3xx answer: redirects are never followed. */
    REDIRECT,
    /** A 2xx answer whose body is larger than we read. */
    BODY_TOO_LARGE,
    HTTP_4XX,
    HTTP_5XX,
    /** A status outside 2xx-5xx. */
    HTTP_OTHER;

    /** The failure an answer's status means; empty for 2xx. */
    static Optional<WebhookFailure> ofStatus(int status) {
        return switch (status / 100) {
            case 2 -> Optional.empty();
            case 3 -> Optional.of(REDIRECT);
            case 4 -> Optional.of(HTTP_4XX);
            case 5 -> Optional.of(HTTP_5XX);
            default -> Optional.of(HTTP_OTHER);
        };
    }

    /** The class of a failed send. */
    static WebhookFailure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused) {
                return ADDRESS_REFUSED;
            }
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return TIMEOUT;
            }
            if (cause instanceof ConnectException) {
                return CONNECT_REFUSED;
            }
            if (cause instanceof UnknownHostException) {
                return UNRESOLVED;
            }
            if (cause instanceof SSLException) {
                return TLS;
            }
        }
        return CONNECTION_FAILED;
    }

    /** A send stopped before connecting: the URL's scheme or address is not allowed. */
    static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }
}
