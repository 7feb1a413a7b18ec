package org.infoshare.breach.domain;

/**
 * A notice to one person (P14.3): prepared and requested from consent-service, then sent, or
 * failed when the vault holds no usable contact detail (staff may then tell the person another way).
 */
public enum NoticeStatus { PENDING, SENT, FAILED }
