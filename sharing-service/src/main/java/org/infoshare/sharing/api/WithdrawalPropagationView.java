package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.PropagationRecord;
import org.infoshare.web.Page;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The propagation of a consent's withdrawals (P6.8): every recipient record reached, with delivery,
 * answer and lawful condition, and the release an onward child was passed on from (P10.1).
 * {@code total} counts every record; {@code recipients} holds at most the first 1,000.
 */
public record WithdrawalPropagationView(String consentId, String subjectId, Instant withdrawnAt, long total,
                                        long answered, List<Recipient> recipients) {

    /** One recipient record: its notification, and {@code parentReleaseId} when it is an onward child. */
    public record Recipient(String parentReleaseId, PropagationView notification) {
    }

    static WithdrawalPropagationView of(Page<PropagationRecord> page) {
        List<Recipient> recipients = page.items().stream().map(r -> new Recipient(
                r.parentReleaseId().map(Object::toString).orElse(null), PropagationView.of(r.notification()))).toList();
        PropagationView first = recipients.get(0).notification();
        return new WithdrawalPropagationView(first.consentId(), first.subjectId(),
                recipients.stream().map(r -> r.notification().withdrawnAt()).min(Comparator.naturalOrder()).orElse(null),
                page.total(), recipients.stream().filter(r -> r.notification().answeredAt() != null).count(), recipients);
    }
}
