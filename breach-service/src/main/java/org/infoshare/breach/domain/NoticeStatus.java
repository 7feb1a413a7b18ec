package org.infoshare.breach.domain;

/** A notice to one person: prepared, then sent (P14.3). */
public enum NoticeStatus { PENDING, SENT }
