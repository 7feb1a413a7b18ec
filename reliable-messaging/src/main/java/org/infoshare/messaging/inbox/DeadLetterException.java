package org.infoshare.messaging.inbox;

/**
 * What a consumer fails a record with so that SmallRye's dead-letter-queue strategy writes it
 * to the dead-letter topic with a reason that carries no personal data: the original failure's
 * types and SQLSTATEs (see {@link Failures#describe}), and no cause whose message could quote
 * column values.
 */
public class DeadLetterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeadLetterException(String reason) {
        super(reason, null, false, false);
    }
}
