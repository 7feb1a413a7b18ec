package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.AfterEach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** POST /partner/protocols/{id}/conflicts: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class ConflictBadInputTest extends BadInputContract {

    private static String protocol;

    @Override
    protected String endpoint() {
        if (protocol == null) {
            Fixtures.partnerA();
            protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
        }
        return "/api/v1/partner/protocols/" + protocol + "/conflicts";
    }

    /** P5.1: a conflict the valid body declared suspends partner-a for the purpose; the DPO ends that protocol. */
    @AfterEach
    void resolveDeclared() {
        if (protocol != null) {
            Fixtures.resolveOpenConflicts(protocol);
        }
    }

    @Override
    protected Map<String, Object> validBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("description", "Clause 4 conflicts with our statutory duties");
        body.put("legalBasis", "Health and Social Care Act 2008");
        return body;
    }

    @Override
    protected String user() {
        return "partner-a";
    }

    @Override
    protected List<String> tables() {
        return List.of("protocol_conflict", "idempotency_key");
    }

    @Override
    protected String requiredField() {
        return "description";
    }

    @Override
    protected String typedField() {
        return "legalBasis";
    }
}
