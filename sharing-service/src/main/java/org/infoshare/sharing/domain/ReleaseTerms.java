package org.infoshare.sharing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * P7.3: every release carries its terms: no re-identification, no combination with other data,
 * use only for its purposes, and (P10.1) no onward use or sharing without the organisation's prior
 * written consent. The governing protocol's own limits on use are added.
 */
public final class ReleaseTerms {

    public static final String RULE_ID = "P7.3";

    private ReleaseTerms() {
    }

    public static List<String> of(List<String> purposes, List<String> protocolLimits) {
        List<String> terms = new ArrayList<>(List.of(
                "Do not attempt to re-identify any person from this data.",
                "Do not combine this data with other data in a way that could identify a person.",
                "Use this data only for: " + String.join(", ", purposes) + ".",
                "Do not use this data further or pass it on without the prior written consent of the organisation (P10.1)."));
        protocolLimits.stream().filter(limit -> !terms.contains(limit)).forEach(terms::add);
        return List.copyOf(terms);
    }
}
