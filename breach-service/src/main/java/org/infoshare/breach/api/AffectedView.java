package org.infoshare.breach.api;

import org.infoshare.breach.domain.AffectedParties;

import java.util.List;

/** P14.1: who a breach affects, traced from the releases; people by pseudonymous subject id only. */
public record AffectedView(int approximateSubjects, int approximateRecords, List<String> subjectIds,
                           List<String> recipients, List<String> onwardRecipients, List<String> dataCategories) {

    static AffectedView of(AffectedParties affected) {
        return new AffectedView(affected.approximateSubjects(), affected.approximateRecords(), affected.subjectIds(),
                affected.recipients(), affected.onwardRecipients(), affected.dataCategories());
    }
}
