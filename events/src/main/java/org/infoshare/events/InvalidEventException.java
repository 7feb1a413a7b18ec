package org.infoshare.events;

/**
 * An event that cannot be read: not a CloudEvents envelope, an unknown type, or data that does not
 * fit its record. The message says why and where (attribute or field name) but never repeats the
 * payload, and no parser exception is attached as cause, because parser messages quote input.
 * Consumers route such messages to their dead-letter topic.
 */
public class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String message) {
        super(message, null, false, false);
    }
}
