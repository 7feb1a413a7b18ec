package org.infoshare.consent;

import org.infoshare.testing.ServiceArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    @DisplayName("consent-service keeps the layering: pure domain, entities inside persistence, transactions in services")
    void layeringHolds() {
        ServiceArchitecture.check("org.infoshare.consent");
    }
}
