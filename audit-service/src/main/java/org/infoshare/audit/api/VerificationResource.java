package org.infoshare.audit.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.infoshare.audit.domain.VerificationReport;
import org.infoshare.audit.service.ProofService;
import org.infoshare.audit.service.TrailService;
import org.infoshare.audit.service.TrailSigner;
import org.infoshare.audit.service.VerificationService;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.Roles;

import java.util.List;
import java.util.Optional;

/** What auditors check the trail with (X1): verification, proofs, the signed checkpoints and the key. */
@Path("/api/v1/trail")
@Tag(name = "Audit trail verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    private final VerificationService verification;
    private final ProofService proofs;
    private final TrailService trail;
    private final TrailSigner signer;

    public VerificationResource(VerificationService verification, ProofService proofs, TrailService trail,
                                TrailSigner signer) {
        this.verification = verification;
        this.proofs = proofs;
        this.trail = trail;
        this.signer = signer;
    }

    @GET
    @Path("/verify")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Verify the whole trail, or entries from..to: ok, or the first bad entry or checkpoint and why")
    public Uni<VerificationReport> verify(@QueryParam("from") @Min(0) Long from, @QueryParam("to") @Min(0) Long to) {
        return verification.verify(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    @GET
    @Path("/proofs/inclusion")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "RFC 6962 inclusion proof of one entry in a signed checkpoint (default: the latest)")
    public Uni<ProofViews.Inclusion> inclusion(@QueryParam("seq") @Min(0) Long seq,
                                               @QueryParam("treeSize") @Min(1) Long treeSize) {
        if (seq == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "seq (the entry's leaf index) is required");
        }
        return proofs.inclusion(seq, Optional.ofNullable(treeSize)).map(ProofViews.Inclusion::of);
    }

    @GET
    @Path("/proofs/consistency")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "RFC 6962 consistency proof between two signed checkpoints, by tree size")
    public Uni<ProofViews.Consistency> consistency(@QueryParam("first") @Min(1) Long first,
                                                   @QueryParam("second") @Min(1) Long second) {
        if (first == null || second == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "first and second (checkpoint tree sizes) are required");
        }
        return proofs.consistency(first, second).map(ProofViews.Consistency::of);
    }

    @GET
    @Path("/checkpoints")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The signed checkpoints by tree size, a page at a time (one is signed every 10 s)")
    public Uni<Page<CheckpointView>> checkpoints(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return trail.checkpoints(page, size).map(found -> found.map(CheckpointView::of));
    }

    @GET
    @Path("/checkpoints/latest")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The latest signed checkpoint")
    public Uni<CheckpointView> latestCheckpoint() {
        return trail.latestCheckpoint().map(found -> found.map(CheckpointView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No checkpoint has been signed yet")));
    }

    @GET
    @Path("/signing-key")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The Ed25519 public key (X.509 SubjectPublicKeyInfo, base64) that signs the checkpoints")
    public ProofViews.SigningKey signingKey() {
        return new ProofViews.SigningKey(signer.keyId(), "Ed25519", signer.publicKey(),
                List.copyOf(signer.verifyKeyIds()));
    }
}
