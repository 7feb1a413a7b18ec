package org.infoshare.breach.domain;

/** Whether the reporter knows personal data was compromised or only suspects it (P14.1). */
public enum Certainty { SUSPECTED, CONFIRMED }
