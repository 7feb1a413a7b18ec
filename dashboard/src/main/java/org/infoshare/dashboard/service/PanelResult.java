package org.infoshare.dashboard.service;

import java.util.List;

/**
 * What one panel shows: its rows and how many exist in all, or why it cannot show them (the
 * service refused the user's role, or could not be reached), so one failing service leaves the
 * other panels standing.
 */
@io.quarkus.qute.TemplateData
public record PanelResult<T>(List<T> items, long total, String unavailable) {

    public static <T> PanelResult<T> of(List<T> items, long total) {
        return new PanelResult<>(List.copyOf(items), total, null);
    }

    public static <T> PanelResult<T> failed(String why) {
        return new PanelResult<>(List.of(), 0, why);
    }

    public boolean empty() {
        return unavailable == null && items.isEmpty();
    }

    /** More exist than the panel lists. */
    public boolean truncated() {
        return total > items.size();
    }
}
