package org.infoshare.breach.api;

import io.quarkus.qute.TemplateData;
import org.infoshare.breach.domain.IcoClock;
import org.infoshare.breach.domain.IcoReport;
import org.infoshare.breach.domain.IcoReportContent;

import org.infoshare.events.vocabulary.BreachReportKind;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The ICO report laid out for the printable page: every value already a string, times in UK time. */
@TemplateData
public record PrintableIcoReport(String id, String breachId, String kind, boolean late, String delayReasons,
                                 String icoReference, String deadline, String contactPoint, String reportedAt,
                                 String whatHappened, String howDiscovered, String occurredAt, String awareAt,
                                 String cyberIncident, List<String> categoriesOfPeople, int approximateSubjects,
                                 List<String> categoriesOfData, int approximateRecords,
                                 List<String> recipientsInvolved, String riskLevel, String likelyConsequences,
                                 String measuresTaken, String measuresProposed, String individualsTold) {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.UK);

    static PrintableIcoReport of(IcoReport report, String contactPoint) {
        IcoReportContent c = report.content();
        return new PrintableIcoReport(report.id().toString(), report.breachId().toString(),
                report.kind() == BreachReportKind.INITIAL ? "Initial report"
                        : "Follow-up report",
                report.late(), report.delayReasons().orElse(""), report.icoReference().orElse(""),
                uk(new IcoClock(c.awareAt()).deadline()), contactPoint, uk(report.reportedAt()), c.whatHappened(),
                c.howDiscovered(), uk(c.occurredAt()), uk(c.awareAt()), c.cyberIncident() ? "Yes" : "No",
                c.categoriesOfPeople(), c.approximateSubjects(), c.categoriesOfData(), c.approximateRecords(),
                c.recipientsInvolved(), c.riskLevel().name(), c.likelyConsequences(), c.measuresTaken(),
                c.measuresProposed(), c.individualsTold());
    }

    private static String uk(Instant instant) {
        return instant.atZone(IcoClock.UK).format(UK);
    }
}
