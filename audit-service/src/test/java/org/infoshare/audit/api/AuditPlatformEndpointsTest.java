package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.PlatformEndpointsContract;

@QuarkusTest
class AuditPlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/api/v1/trail/entries";
    }
}
