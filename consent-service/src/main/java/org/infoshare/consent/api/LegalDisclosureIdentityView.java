package org.infoshare.consent.api;

import org.infoshare.consent.domain.Identity;
import org.infoshare.consent.service.LegalDisclosureService;

import java.time.LocalDate;
import java.util.List;

/** The identity a legal-duty disclosure hands over, shown once to the DPO; its read is recorded. */
public record LegalDisclosureIdentityView(LegalDisclosurePackageView disclosure, String givenName, String familyName,
                                          String email, String phone, LocalDate dateOfBirth,
                                          List<String> addressLines, String town, String postcode) {

    static LegalDisclosureIdentityView of(LegalDisclosureService.Released released) {
        Identity identity = released.identity();
        return new LegalDisclosureIdentityView(LegalDisclosurePackageView.of(released.disclosure()),
                identity.givenName(), identity.familyName(), identity.email().orElse(null),
                identity.phone().orElse(null), identity.dateOfBirth().orElse(null),
                identity.address().map(Identity.Address::lines).orElse(null),
                identity.address().map(Identity.Address::town).orElse(null),
                identity.address().map(Identity.Address::postcode).orElse(null));
    }
}
