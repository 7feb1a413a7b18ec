package org.infoshare.audit.domain.misuse;

/** Where a misuse report stands: waiting for the DPO, dismissed with a reason, or escalated to a suspected breach. */
public enum ReportStatus {
    OPEN, DISMISSED, ESCALATED
}
