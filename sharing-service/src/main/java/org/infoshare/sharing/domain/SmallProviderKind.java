package org.infoshare.sharing.domain;

/** The smaller providers the policy lists; each kind has its own versioned guidance notes (P1.3). */
public enum SmallProviderKind {
    GP,
    CARE_HOME,
    OPTICIAN,
    DENTIST,
    PHARMACY
}
