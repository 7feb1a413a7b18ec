package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.PlatformEndpointsContract;

@QuarkusTest
class SharingPlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/api/v1/safeguarding-referrals";
    }
}
