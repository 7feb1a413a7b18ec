package org.infoshare.sharing.domain;

import java.util.Objects;
import java.util.Optional;

/** A small provider's link with the notice that carries it, opened for staff to send; gone once the link is used. */
public record ProviderNotice(ProviderLink link, Optional<String> text) {

    public ProviderNotice {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(text, "text");
    }
}
