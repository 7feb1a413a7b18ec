package org.infoshare.events.vocabulary;

/**
 * Why the person is not told of a legal-duty disclosure about them: the order itself forbids it, or
 * telling them would prejudice the prevention or detection of crime (the crime exemption of the
 * UK GDPR / Data Protection Act 2018, Sch. 2 para. 2).
 */
public enum NotToldReason {
    ORDER_FORBIDS,
    CRIME_INVESTIGATION
}
