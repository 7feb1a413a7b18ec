package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.infoshare.events.subjectaccess.SubjectAccessItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * P12.2: everything sharing-service holds on one person, as the pseudonymous records of its part of
 * a subject access answer: share requests, their decisions with the reasons, releases with
 * recipient, date and categories and their onward children, the notifications of a withdrawal with
 * the partners' answers, and safeguarding referrals (never the account of the concern, which is
 * for the safeguarding team).
 */
@ApplicationScoped
public class SubjectAccessRecords {

    /** Onward chains are short; this bounds a malformed one. */
    private static final int MAX_ONWARD_DEPTH = 32;

    public Uni<List<SubjectAccessItem>> of(String subjectId) {
        List<SubjectAccessItem> items = new ArrayList<>();
        return Panache.getSession().chain(session -> session
                        .createSelectionQuery("from ShareRequestEntity where subjectId = ?1 order by requestedAt, id",
                                ShareRequestEntity.class)
                        .setParameter(1, subjectId).getResultList()
                        .invoke(requests -> requests.forEach(r -> {
                            items.add(new SubjectAccessItem("share-request", r.id.toString(), null, r.requestedAt,
                                    r.partnerId, r.dataCategories, null, "purpose: " + r.purpose));
                            items.add(new SubjectAccessItem("decision", r.id.toString(), r.id.toString(), r.decidedAt,
                                    r.partnerId, r.dataCategories, r.outcome, String.join("; ", r.reasons)));
                        }))
                        .chain(() -> session.createSelectionQuery(
                                        "from ReleaseEntity where subjectId = ?1 order by releasedAt, id", ReleaseEntity.class)
                                .setParameter(1, subjectId).getResultList())
                        .chain(releases -> onward(session, releases, Set.of(), 0))
                        .invoke(releases -> releases.forEach(r -> items.add(release(r))))
                        .chain(() -> session.createSelectionQuery(
                                        "from RecipientNotificationEntity where subjectId = ?1 order by notifiedAt, id",
                                        RecipientNotificationEntity.class)
                                .setParameter(1, subjectId).getResultList())
                        .invoke(notifications -> notifications.forEach(n -> items.add(new SubjectAccessItem(
                                "notification", n.id.toString(), n.releaseId.toString(), n.notifiedAt, n.partnerId,
                                List.of(), n.response, answer(n)))))
                        .chain(() -> session.createSelectionQuery(
                                        "from SafeguardingReferralEntity where subjectId = ?1 order by referredAt, id",
                                        SafeguardingReferralEntity.class)
                                .setParameter(1, subjectId).getResultList())
                        .invoke(referrals -> referrals.forEach(r -> items.add(new SubjectAccessItem("referral",
                                r.id.toString(), null, r.referredAt, r.partnerId, List.of(r.category),
                                r.acknowledgedAt != null ? "ACKNOWLEDGED" : r.deliveryState,
                                r.route == null ? null : "route: " + r.route)))))
                .replaceWith(items);
    }

    /** The person's releases and, level by level, the onward releases made from them. */
    private Uni<List<ReleaseEntity>> onward(Mutiny.Session session,
                                            List<ReleaseEntity> found, Set<UUID> known, int depth) {
        Set<UUID> seen = new HashSet<>(known);
        List<ReleaseEntity> fresh = found.stream().filter(r -> seen.add(r.id)).toList();
        if (fresh.isEmpty() || depth >= MAX_ONWARD_DEPTH) {
            return Uni.createFrom().item(fresh);
        }
        Collection<UUID> parents = fresh.stream().map(r -> r.id).collect(Collectors.toList());
        return session.createSelectionQuery("from ReleaseEntity where parentReleaseId in ?1 order by releasedAt, id",
                        ReleaseEntity.class)
                .setParameter(1, parents).getResultList()
                .chain(children -> onward(session, children, seen, depth + 1))
                .map(deeper -> {
                    List<ReleaseEntity> all = new ArrayList<>(fresh);
                    all.addAll(deeper);
                    return all;
                });
    }

    private static SubjectAccessItem release(ReleaseEntity r) {
        boolean onward = r.parentReleaseId != null;
        String detail = "purposes: " + String.join(", ", r.purposes) + "; channel: " + r.channel
                + (r.withdrawnAt != null ? "; withdrawn " + r.withdrawnAt : "");
        return new SubjectAccessItem(onward ? "onward-release" : "release", r.id.toString(),
                (onward ? r.parentReleaseId : r.shareRequestId).toString(), r.releasedAt, r.partnerId,
                r.dataCategories, r.status, detail);
    }

    private static String answer(RecipientNotificationEntity n) {
        StringBuilder text = new StringBuilder("cause: ").append(n.cause);
        if (n.answeredAt != null) {
            text.append("; answered ").append(n.answeredAt);
        }
        if (n.lawfulCondition != null) {
            text.append("; lawful condition: ").append(n.lawfulCondition);
        }
        if (n.justification != null) {
            text.append("; justification: ").append(n.justification);
        }
        return text.toString();
    }
}
