package org.infoshare.breach.domain;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * P14.1: who a breach affects, from the releases it reaches: the distinct people (pseudonymous
 * subject ids only, never names), the partners that received the data directly and those that
 * received it onward, how many records (releases) are involved, and which data categories.
 * Aggregate releases carry no subject: they count as records but add nobody.
 */
public record AffectedParties(List<String> subjectIds, List<String> recipients, List<String> onwardRecipients,
                              int releases, List<String> dataCategories) {

    public AffectedParties {
        subjectIds = List.copyOf(subjectIds);
        recipients = List.copyOf(recipients);
        onwardRecipients = List.copyOf(onwardRecipients);
        dataCategories = List.copyOf(dataCategories);
    }

    public static AffectedParties none() {
        return of(List.of(), List.of());
    }

    /**
     * @param traced            the releases reached, each once
     * @param reportedCategories the categories the reporter named, which count even when no release is traced
     */
    public static AffectedParties of(Collection<TracedRelease> traced, Collection<String> reportedCategories) {
        TreeSet<String> subjects = new TreeSet<>();
        TreeSet<String> direct = new TreeSet<>();
        TreeSet<String> onward = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>(reportedCategories);
        for (TracedRelease release : traced) {
            release.subjectId().ifPresent(subjects::add);
            (release.onward() ? onward : direct).add(release.partnerId());
            categories.addAll(release.dataCategories());
        }
        return new AffectedParties(List.copyOf(subjects), List.copyOf(direct), List.copyOf(onward), traced.size(),
                List.copyOf(categories));
    }

    public int approximateSubjects() {
        return subjectIds.size();
    }

    public int approximateRecords() {
        return releases;
    }
}
