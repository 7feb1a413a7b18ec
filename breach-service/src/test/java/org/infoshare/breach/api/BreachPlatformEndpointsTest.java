package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.PlatformEndpointsContract;

@QuarkusTest
class BreachPlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/api/v1/breaches";
    }
}
