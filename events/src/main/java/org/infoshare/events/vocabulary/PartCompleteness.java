package org.infoshare.events.vocabulary;

/** Whether a service's part of a subject access answer holds everything it has on the person (P12.2). */
public enum PartCompleteness {
    /** Every record the service holds on the person. */
    COMPLETE,
    /** More records than one part carries: the part says how many were left out, for the DPO to fetch. */
    PARTIAL
}
