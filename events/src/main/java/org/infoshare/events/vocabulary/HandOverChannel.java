package org.infoshare.events.vocabulary;

/** How the DPO handed a legal-duty disclosure to its recipient (P2.1, P11.1). */
public enum HandOverChannel {
    SECURE_EMAIL,
    COURT_PORTAL,
    IN_PERSON,
    POST
}
