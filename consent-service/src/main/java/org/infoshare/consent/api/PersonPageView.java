package org.infoshare.consent.api;

import org.infoshare.consent.domain.Consent;
import org.infoshare.consent.domain.PersonRelease;
import org.infoshare.consent.service.PersonLinkService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a person sees through their link (issue 13 item 4(a)): each organisation that received their
 * data, for which purposes and which kinds of data, and their consents with what each still covers.
 * No name or contact detail: the page does not need them.
 */
public record PersonPageView(Instant sessionExpiresAt, List<Organisation> organisations, List<OwnConsent> consents) {

    /** One organisation and everything it received, newest release first. */
    public record Organisation(String partnerId, List<String> purposes, List<String> dataCategories,
                               Instant lastReceivedAt, int releases) {
    }

    public record OwnConsent(UUID consentId, String state, List<String> purposes, List<String> dataCategories,
                             List<String> recipientPartnerIds, List<String> recipientPartnerKinds, Instant givenAt,
                             boolean withdrawable) {
    }

    static PersonPageView of(PersonLinkService.PersonPage page) {
        Map<String, List<PersonRelease>> byPartner = new LinkedHashMap<>();
        for (PersonRelease release : page.releases()) {
            byPartner.computeIfAbsent(release.partnerId(), partner -> new ArrayList<>()).add(release);
        }
        List<Organisation> organisations = byPartner.entrySet().stream().map(entry -> {
            LinkedHashSet<String> purposes = new LinkedHashSet<>();
            LinkedHashSet<String> categories = new LinkedHashSet<>();
            entry.getValue().forEach(r -> {
                purposes.addAll(r.purposes());
                categories.addAll(r.dataCategories());
            });
            return new Organisation(entry.getKey(), List.copyOf(purposes), List.copyOf(categories),
                    entry.getValue().get(0).releasedAt(), entry.getValue().size());
        }).toList();
        List<OwnConsent> consents = page.consents().stream().map(PersonPageView::own).toList();
        return new PersonPageView(page.link().sessionExpiresAt().orElseThrow(), organisations, consents);
    }

    static OwnConsent own(Consent c) {
        return new OwnConsent(c.id(), c.state().name(), c.scope().purposes(), c.scope().dataCategories(),
                c.scope().recipientPartnerIds(), c.scope().recipientPartnerKinds(), c.capture().takenAt(),
                !c.state().isEnded());
    }
}
