package org.infoshare.sharing.domain;

/** What a small provider's link is bound to (issue 13 item 4b): one purpose, never another. */
public enum ProviderLinkPurpose {
    /** Answer one withdrawal notice (P6.8), with the lawful condition when continuing (P4.1). */
    ANSWER_NOTIFICATION,
    /** Acknowledge one guidance note version (P1.3). */
    ACKNOWLEDGE_GUIDANCE
}
