package org.infoshare.dashboard.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/**
 * The panels to refresh, as the platform's events arrive, fanned out to every open page. Hot: a
 * page hears only what happens while it is open (it renders the current state when it loads).
 */
@ApplicationScoped
public class PanelRefreshes {

    private final BroadcastProcessor<Panel> processor = BroadcastProcessor.create();

    public void changed(Collection<Panel> panels) {
        panels.forEach(processor::onNext);
    }

    public Multi<Panel> stream() {
        return processor;
    }
}
