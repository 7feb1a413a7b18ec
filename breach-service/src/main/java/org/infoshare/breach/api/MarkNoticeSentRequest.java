package org.infoshare.breach.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.infoshare.events.vocabulary.NoticeChannel;

import java.time.Instant;

/** P14.3: a notice went out, by this channel, at this time (now when left out). */
public record MarkNoticeSentRequest(@NotNull NoticeChannel channel, @PastOrPresent Instant sentAt) {
}
