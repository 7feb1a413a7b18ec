package org.infoshare.web;

import jakarta.ws.rs.core.Response;
import org.infoshare.events.EventTooLargeException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request whose announcement would exceed the event size limit changes nothing (its
 * transaction rolls back) and answers 422, so the caller can narrow it (a shorter time window,
 * fewer items).
 */
public class EventSizeMapper {

    @ServerExceptionMapper
    public Response tooLarge(EventTooLargeException e) {
        return Problem.of(ProblemType.UNPROCESSABLE, "The request would produce a record larger than the platform "
                + "carries; narrow it (for example a shorter time window or fewer items) and send it again").toResponse();
    }
}
