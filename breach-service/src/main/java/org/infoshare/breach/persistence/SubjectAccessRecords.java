package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.subjectaccess.SubjectAccessItem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * P12.2: breach-service's part of a subject access answer: the breaches that affected the person
 * (a release of theirs, or an onward child of one, traced to the breach as P14.1 traces it, or a
 * notice prepared for them) and the notices sent to them. Pseudonymous records only.
 */
@ApplicationScoped
public class SubjectAccessRecords {

    /** The breaches whose traced releases (as {@link ReleaseProjection#TRACED}) reach the person, or that noticed them. */
    private static final String AFFECTING = """
            WITH RECURSIVE traced (breach_id, release_id, subject_id, depth) AS (
                SELECT b.id, r.release_id, r.subject_id, 0
                  FROM breach b
                  JOIN release_record r
                    ON r.release_id = ANY (b.release_ids)
                    OR (r.partner_id = b.scope_partner AND r.released_at BETWEEN b.window_from AND b.window_to)
                UNION ALL
                SELECT t.breach_id, c.release_id, c.subject_id, t.depth + 1
                  FROM release_record c
                  JOIN traced t ON c.parent_release_id = t.release_id
                 WHERE t.depth < 32
            )
            SELECT breach_id FROM traced WHERE subject_id = ?1
            UNION
            SELECT breach_id FROM breach_notice WHERE subject_id = ?1""";

    public Uni<List<SubjectAccessItem>> of(String subjectId) {
        List<SubjectAccessItem> items = new ArrayList<>();
        return Panache.getSession().chain(session -> session.createNativeQuery(AFFECTING, UUID.class)
                        .setParameter(1, subjectId).getResultList()
                        .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<BreachEntity>of())
                                : session.createSelectionQuery("from BreachEntity where id in ?1 order by awareAt, id",
                                        BreachEntity.class).setParameter(1, ids).getResultList())
                        .invoke(breaches -> breaches.forEach(b -> items.add(new SubjectAccessItem("breach",
                                b.id.toString(), null, b.occurredAt, b.scopePartner != null ? b.scopePartner : b.reporterPartner,
                                b.dataCategories, b.closedAt != null ? "CLOSED" : b.certainty, breachDetail(b)))))
                        .chain(() -> session.createSelectionQuery(
                                        "from NoticeEntity where subjectId = ?1 order by preparedAt, id", NoticeEntity.class)
                                .setParameter(1, subjectId).getResultList())
                        .invoke(notices -> notices.forEach(n -> items.add(new SubjectAccessItem("breach-notice",
                                n.id.toString(), n.breachId.toString(), n.sentAt != null ? n.sentAt : n.preparedAt, null,
                                List.of(), n.status, noticeDetail(n))))))
                .replaceWith(items);
    }

    private static String breachDetail(BreachEntity b) {
        return "became aware " + b.awareAt + (b.riskLevel != null ? "; risk: " + b.riskLevel : "")
                + (b.icoReportedAt != null ? "; reported to the ICO " + b.icoReportedAt : "")
                + (b.closedAt != null ? "; closed " + b.closedAt : "");
    }

    private static String noticeDetail(NoticeEntity n) {
        return "advice: " + n.advice + "; support offered: " + n.supportOffered
                + (n.channel != null ? "; sent by " + n.channel : "")
                + (n.failureReason != null ? "; not sent: " + n.failureReason : "");
    }
}
