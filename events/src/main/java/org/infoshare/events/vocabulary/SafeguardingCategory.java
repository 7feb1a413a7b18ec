package org.infoshare.events.vocabulary;

/** Category of abuse or neglect in a safeguarding referral (P3.1). */
public enum SafeguardingCategory {
    NEGLECT,
    PHYSICAL,
    EMOTIONAL,
    SEXUAL,
    INSTITUTIONAL,
    OTHER
}
