package org.infoshare.sharing.domain;

/** The kinds of partner the policy names (section 1), P1.1. */
public enum PartnerKind {
    LOCAL_HEALTHWATCH,
    HEALTHWATCH_ENGLAND,
    SERVICE_PROVIDER,
    COMMISSIONER,
    REGULATOR,
    SAFEGUARDING_TEAM,
    /** GPs, care homes, opticians, dentists, pharmacies: guidance notes instead of a protocol (P1.3). */
    SMALL_PROVIDER
}
