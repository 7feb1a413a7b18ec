package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.List;

import org.infoshare.events.vocabulary.RiskLevel;

/**
 * What a report to the ICO says: the content Art. 33(3) requires and the fields of the ICO's breach
 * report form. (a) the nature of the breach, the categories and approximate numbers of people and of
 * records; (c) the likely consequences; (d) the measures taken or proposed. (b), the contact point,
 * is the organisation's DPO contact from configuration, added when the report is shown, so no
 * contact details are stored here.
 */
public record IcoReportContent(
        String whatHappened,
        String howDiscovered,
        Instant occurredAt,
        Instant awareAt,
        boolean cyberIncident,
        List<String> categoriesOfPeople,
        int approximateSubjects,
        List<String> categoriesOfData,
        int approximateRecords,
        List<String> recipientsInvolved,
        RiskLevel riskLevel,
        String likelyConsequences,
        String measuresTaken,
        String measuresProposed,
        String individualsTold) {

    public IcoReportContent {
        categoriesOfPeople = List.copyOf(categoriesOfPeople);
        categoriesOfData = List.copyOf(categoriesOfData);
        recipientsInvolved = List.copyOf(recipientsInvolved);
    }
}
