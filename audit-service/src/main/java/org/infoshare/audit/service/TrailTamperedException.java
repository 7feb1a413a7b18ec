package org.infoshare.audit.service;

import org.infoshare.audit.domain.VerificationReport;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

/** The trail does not verify, so the operation (signing, removing) that would build on it is refused. */
public class TrailTamperedException extends ProblemException {

    private final transient VerificationReport report;

    public TrailTamperedException(VerificationReport report) {
        super(ProblemType.CONFLICT, "The trail does not verify, so this is refused: " + report.failure().detail());
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
