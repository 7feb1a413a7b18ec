package org.infoshare.dashboard.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;

/** audit-service's public API, called with the signed-in user's own access token. */
@RegisterRestClient(configKey = "audit-service")
@RegisterProvider(UserTokenPropagation.class)
@Path("/api/v1/trail")
public interface AuditClient {

    @GET
    @Path("/verify")
    Verification verify(@QueryParam("from") Long from, @QueryParam("to") Long to);

    @GET
    @Path("/checkpoints/latest")
    Checkpoint latestCheckpoint();

    /** The verification report: ok, or the first entry or checkpoint found altered or missing. */
    @io.quarkus.qute.TemplateData
    record Verification(boolean ok, long from, long to, long entriesChecked, int checkpointsChecked, String rootHash,
                        Failure failure) {
    }

    /** ENTRY_MISSING, ENTRY_ALTERED (with its seq), CHECKPOINT_MISMATCH, CHECKPOINT_SIGNATURE (with its size). */
    @io.quarkus.qute.TemplateData
    record Failure(String problem, Long seq, Long checkpointSize, String detail) {
    }

    /** A signed checkpoint of the trail. */
    @io.quarkus.qute.TemplateData
    record Checkpoint(long treeSize, String rootHash, Instant signedAt, String keyId, String signature) {
    }
}
