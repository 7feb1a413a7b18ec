package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;

/**
 * P14.2: the risk to people's rights and freedoms, from the likelihood and the severity of harm
 * (the ICO's and EDPB's two axes). RISK means report to the ICO within 72 hours (Art. 33); HIGH_RISK
 * also means telling the people affected (Art. 34, P14.3); NO_RISK means record it in the internal
 * log only (Art. 33(5)).
 *
 * <pre>
 *                  MINIMAL   SIGNIFICANT  SEVERE     MAXIMUM
 *   REMOTE         no risk   no risk      risk       risk
 *   POSSIBLE       no risk   risk         risk       high
 *   LIKELY         risk      risk         high       high
 *   HIGHLY_LIKELY  risk      high         high       high
 * </pre>
 */
public final class RiskMatrix {

    private static final RiskLevel N = RiskLevel.NO_RISK;
    private static final RiskLevel R = RiskLevel.RISK;
    private static final RiskLevel H = RiskLevel.HIGH_RISK;

    private static final RiskLevel[][] MATRIX = {
            {N, N, R, R},
            {N, R, R, H},
            {R, R, H, H},
            {R, H, H, H},
    };

    private RiskMatrix() {
    }

    public static RiskLevel level(Likelihood likelihood, Severity severity) {
        return MATRIX[likelihood.ordinal()][severity.ordinal()];
    }
}
