package org.infoshare.breach.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.BreachReportKind;

import java.util.List;

/**
 * P14.2: a report to the ICO. Every content field is optional: left out, it keeps the value
 * pre-filled from the breach (see {@code GET .../ico-reports/draft}); given, it replaces it. A late
 * initial report needs {@code delayReasons} (Art. 33(1)).
 */
public record IcoReportRequest(
        @NotNull BreachReportKind kind,
        @Size(max = 100) @Pattern(regexp = NOT_BLANK) String icoReference,
        @Size(max = 4000) @Pattern(regexp = NOT_BLANK) String delayReasons,
        @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> categoriesOfPeople,
        @PositiveOrZero Integer approximateSubjects,
        @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) String> categoriesOfData,
        @PositiveOrZero Integer approximateRecords,
        @Size(max = 4000) @Pattern(regexp = NOT_BLANK) String likelyConsequences,
        @Size(max = 4000) @Pattern(regexp = NOT_BLANK) String measuresTaken,
        @Size(max = 4000) @Pattern(regexp = NOT_BLANK) String measuresProposed) {

    /** Absent is fine; present must say something. */
    static final String NOT_BLANK = "(?s).*\\S.*";
}
