package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The legal power under which someone acts for an adult who lacks capacity (P6.9), with its
 * reference, scope and expiry. Only a lasting power of attorney for health and welfare, or a court
 * order (a personal welfare deputyship included) whose scope covers the decision, empowers consent
 * to sharing; the property-and-affairs powers are recorded kinds so that offering one is refused
 * with a reason ({@link ProxyConsentRule}), not mistaken for bad input.
 */
public record ProxyAuthority(Kind kind, String reference, String scope, Instant expiresAt) {

    public enum Kind {
        LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE,
        LASTING_POWER_OF_ATTORNEY_PROPERTY_AND_FINANCIAL_AFFAIRS,
        COURT_ORDER,
        DEPUTYSHIP_PERSONAL_WELFARE,
        DEPUTYSHIP_PROPERTY_AND_AFFAIRS;

        /** Made by the Court of Protection: its scope is stated from {@link CourtOrderScope}. */
        public boolean byCourt() {
            return this == COURT_ORDER || this == DEPUTYSHIP_PERSONAL_WELFARE || this == DEPUTYSHIP_PROPERTY_AND_AFFAIRS;
        }

        /** Powers over money and property only: they never cover decisions about health and care information. */
        public boolean propertyAndAffairsOnly() {
            return this == LASTING_POWER_OF_ATTORNEY_PROPERTY_AND_FINANCIAL_AFFAIRS || this == DEPUTYSHIP_PROPERTY_AND_AFFAIRS;
        }
    }

    /** What a court order empowers, as the order states it. */
    public enum CourtOrderScope {
        /** Decisions about the person's welfare, health and care, including who may see their information. */
        PERSONAL_WELFARE,
        /** A specific decision about sharing the person's health and care information. */
        INFORMATION_SHARING,
        /** Decisions about the person's property and financial affairs only. */
        PROPERTY_AND_AFFAIRS;

        public static Optional<CourtOrderScope> of(String stated) {
            return stated == null ? Optional.empty()
                    : Arrays.stream(values()).filter(scope -> scope.name().equals(stated.strip())).findFirst();
        }

        public boolean coversSharing() {
            return this != PROPERTY_AND_AFFAIRS;
        }
    }

    public boolean isValidAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
