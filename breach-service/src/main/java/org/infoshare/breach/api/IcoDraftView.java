package org.infoshare.breach.api;

import org.infoshare.breach.domain.IcoReportContent;

import java.time.Instant;

/** The pre-filled ICO report (P14.2) and whether a report made now would be late. */
public record IcoDraftView(Instant icoDeadline, boolean lateIfReportedNow, String contactPoint,
                           IcoReportContent content) {
}
