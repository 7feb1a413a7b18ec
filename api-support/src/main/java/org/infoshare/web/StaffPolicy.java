package org.infoshare.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff accountability settings (P15.1): the policy version in force
 * ({@code infoshare.staff.policy-version}) and whether staff must have acknowledged it before
 * they reach personal data ({@code infoshare.staff.require-acknowledgement}, on in {@code %prod}).
 * Both are read once at start; {@link #requireAcknowledgement(boolean)} and
 * {@link #useVersion(String)} let a service's tests prove the gate on and off (and with a version
 * nobody has acknowledged yet) within the one Quarkus boot of the service. Operators change the
 * settings and restart.
 */
@ApplicationScoped
public class StaffPolicy {

    private volatile String currentVersion;
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

    /** Puts another version in force at run time (tests; the setting decides at start). */
    public void useVersion(String version) {
        this.currentVersion = java.util.Objects.requireNonNull(version, "version");
    }

    /** Turns the gate on or off at run time (tests; the setting decides at start). */
    public void requireAcknowledgement(boolean on) {
        this.requireAcknowledgement = on;
    }
}
