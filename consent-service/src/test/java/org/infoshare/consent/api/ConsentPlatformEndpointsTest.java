package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.PlatformEndpointsContract;

@QuarkusTest
class ConsentPlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/api/v1/subject-access-requests";
    }
}
