package org.infoshare.dashboard.web;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.infoshare.dashboard.service.PanelRefreshes;

import java.time.Duration;

/**
 * Server-sent events telling an open page which panel to refresh ({@code event: shares},
 * {@code data: refresh}): pushed as the platform's events arrive, never polled. A comment every
 * 25 seconds keeps proxies from closing an idle stream.
 */
@Path("/live")
public class LiveResource {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(25);
    private final PanelRefreshes refreshes;

    public LiveResource(PanelRefreshes refreshes) {
        this.refreshes = refreshes;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Viewer.STAFF, Viewer.DPO, Viewer.AUDITOR})
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Multi<OutboundSseEvent> changes = refreshes.stream()
                .map(panel -> sse.newEventBuilder().name(panel.eventName()).data("refresh").build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, keepAlive);
    }
}
