package org.infoshare.dashboard.service;

import org.infoshare.dashboard.client.SharingClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recipient record of a withdrawal, with the onward children passed on from it nested beneath
 * (P10.1), and how it stands in words: answered, waiting or overdue.
 */
@io.quarkus.qute.TemplateData
public record RecipientNode(SharingClient.Notification notification, String parentPartnerId,
                            List<RecipientNode> children) {

    public RecipientNode {
        children = List.copyOf(children);
    }

    /** How the recipient stands: "Answered", "Overdue" (escalated, unanswered) or "Waiting". */
    public String standing() {
        return notification.answeredAt() != null ? "Answered" : notification.escalatedAt() != null ? "Overdue" : "Waiting";
    }

    public boolean overdue() {
        return notification.answeredAt() == null && notification.escalatedAt() != null;
    }

    /**
     * Nests records under the record of the release they were passed on from, each level the
     * earliest notified first. A child whose parent the withdrawal did not reach (a withdrawal
     * from one onward recipient only) stands at the top, still naming where it came from.
     */
    public static List<RecipientNode> nest(List<SharingClient.RecipientRecord> records) {
        Map<String, SharingClient.RecipientRecord> byRelease = new LinkedHashMap<>();
        records.forEach(r -> byRelease.put(r.notification().releaseId(), r));
        Map<String, List<SharingClient.RecipientRecord>> childrenOf = new HashMap<>();
        List<SharingClient.RecipientRecord> roots = new ArrayList<>();
        for (SharingClient.RecipientRecord r : byRelease.values()) {
            if (r.parentReleaseId() != null && byRelease.containsKey(r.parentReleaseId())
                    && !r.parentReleaseId().equals(r.notification().releaseId())) {
                childrenOf.computeIfAbsent(r.parentReleaseId(), k -> new ArrayList<>()).add(r);
            } else {
                roots.add(r);
            }
        }
        return build(roots, childrenOf, byRelease, new HashSet<>());
    }

    private static List<RecipientNode> build(List<SharingClient.RecipientRecord> level,
                                             Map<String, List<SharingClient.RecipientRecord>> childrenOf,
                                             Map<String, SharingClient.RecipientRecord> byRelease,
                                             Set<String> placed) {
        return level.stream().sorted(EARLIEST).filter(r -> placed.add(r.notification().releaseId()))
                .map(r -> new RecipientNode(r.notification(), parentPartner(r, byRelease),
                        build(childrenOf.getOrDefault(r.notification().releaseId(), List.of()), childrenOf, byRelease,
                                placed)))
                .toList();
    }

    private static String parentPartner(SharingClient.RecipientRecord r,
                                        Map<String, SharingClient.RecipientRecord> byRelease) {
        if (r.parentReleaseId() == null) {
            return null;
        }
        SharingClient.RecipientRecord parent = byRelease.get(r.parentReleaseId());
        return parent == null ? "a release not withdrawn here" : parent.notification().partnerId();
    }

    private static final Comparator<SharingClient.RecipientRecord> EARLIEST = Comparator
            .comparing((SharingClient.RecipientRecord r) -> r.notification().notifiedAt(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.notification().partnerId());
}
