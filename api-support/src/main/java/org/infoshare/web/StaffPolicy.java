package org.infoshare.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff accountability settings (P15.1): the policy version in force
 * ({@code infoshare.staff.policy-version}) and whether staff must have acknowledged it before
 * they reach personal data ({@code infoshare.staff.require-acknowledgement}, on in {@code %prod}).
 * The switch is read once at start; {@link #requireAcknowledgement(boolean)} lets a service's
 * tests prove the gate on and off within the one Quarkus boot of the service. Operators change
 * the setting and restart.
 */
@ApplicationScoped
public class StaffPolicy {

    private final String currentVersion;
    private volatile boolean requireAcknowledgement;

    public StaffPolicy(@ConfigProperty(name = "infoshare.staff.policy-version", defaultValue = "2020-03-24") String currentVersion,
                       @ConfigProperty(name = "infoshare.staff.require-acknowledgement", defaultValue = "false")
                       boolean requireAcknowledgement) {
        this.currentVersion = currentVersion;
        this.requireAcknowledgement = requireAcknowledgement;
    }

    /** The version of the information sharing policy staff acknowledge now. */
    public String currentVersion() {
        return currentVersion;
    }

    public boolean requiresAcknowledgement() {
        return requireAcknowledgement;
    }

    /** Turns the gate on or off at run time (tests; the setting decides at start). */
    public void requireAcknowledgement(boolean on) {
        this.requireAcknowledgement = on;
    }
}
