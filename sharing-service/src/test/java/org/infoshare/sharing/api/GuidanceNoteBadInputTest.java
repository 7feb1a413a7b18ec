package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;

import java.util.List;
import java.util.Map;

/** POST /guidance-notes: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class GuidanceNoteBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/guidance-notes";
    }

    @Override
    protected Map<String, Object> validBody() {
        return Fixtures.guidance("OPTICIAN");
    }

    @Override
    protected String user() {
        return "dpo";
    }

    @Override
    protected List<String> tables() {
        return List.of("guidance_note");
    }

    @Override
    protected String requiredField() {
        return "methodOfDisclosure";
    }

    @Override
    protected String typedField() {
        return "smallProviderKind";
    }
}
