package org.infoshare.events.vocabulary;

/** How a subject access request moved on after its identity was verified (P12.2). */
public enum SubjectAccessStep {
    /** The deadline stopped while the organisation waits for identity or clarification. */
    PAUSED,
    /** The wait ended; the days paused moved the deadline. */
    RESUMED,
    /** The DPO extended a complex request (two months at most in all). */
    EXTENDED,
    /** The DPO reviewed the assembled answer. */
    ANSWER_REVIEWED,
    /** The DPO released the assembled answer to the person, once. */
    ANSWER_RELEASED,
    /** The deadline came with a service's part still missing: escalated to the DPO, not left as a gap. */
    PARTS_MISSING_ESCALATED
}
