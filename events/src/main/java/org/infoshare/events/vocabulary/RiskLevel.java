package org.infoshare.events.vocabulary;

/** Overall risk to individuals' rights and freedoms (P14.2, P14.3). */
public enum RiskLevel {
    /** No report to the ICO needed. */
    NO_RISK,
    /** Report to the ICO within 72 hours (Art. 33). */
    RISK,
    /** Also notify the individuals (Art. 34). */
    HIGH_RISK
}
