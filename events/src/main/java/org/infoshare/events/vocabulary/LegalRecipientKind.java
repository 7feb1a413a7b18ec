package org.infoshare.events.vocabulary;

/**
 * Who receives a one-off disclosure under a legal duty (P2.1): a body the law empowers to order it,
 * never a registered partner.
 */
public enum LegalRecipientKind {
    COURT,
    POLICE,
    CORONER,
    TRIBUNAL
}
