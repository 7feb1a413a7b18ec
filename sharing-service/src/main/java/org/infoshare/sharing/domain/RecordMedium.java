package org.infoshare.sharing.domain;

/** P2.2: the medium a record came from. Only sharing-service reads it, so it lives here, not in events. */
public enum RecordMedium {
    PAPER, ELECTRONIC, AUDIO_VISUAL, CONVERSATION
}
