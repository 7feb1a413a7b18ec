package org.infoshare.events.vocabulary;

/** How a consent (or its re-confirmation) was captured (P6.5, P2.2). */
public enum CaptureChannel {
    /** Signed on paper. */
    WRITTEN,
    /** Given by word of mouth; the capturing actor is recorded. */
    VERBAL,
    /** Given through an online form. */
    ONLINE,
    /** Given in an audio or video recording. */
    RECORDED
}
