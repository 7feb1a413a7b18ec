package org.infoshare.breach.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.infoshare.events.vocabulary.NoticeChannel;

/**
 * P14.3: what every notice to an affected person says beyond the facts: advice to the person
 * (what they can do to protect themselves; their rights are always added) and the support offered.
 * Generic text only: it goes to consent-service in an event. The preferred channel (optional) is a
 * wish; consent-service uses what contact details it holds.
 */
public record PrepareNoticesRequest(@NotBlank @Size(max = 4000) String advice,
                                    @NotBlank @Size(max = 2000) String supportOffered,
                                    NoticeChannel preferredChannel) {
}
