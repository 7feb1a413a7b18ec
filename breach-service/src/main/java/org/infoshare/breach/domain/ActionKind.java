package org.infoshare.breach.domain;

/** The remedial steps P14.4 names. */
public enum ActionKind {
    /** Investigate the cause (always required). */
    INVESTIGATION,
    /** Disciplinary action where appropriate. */
    DISCIPLINARY,
    /** Avoid a repetition (always required). */
    PREVENTION,
    /** Mitigate the impact where possible. */
    MITIGATION
}
