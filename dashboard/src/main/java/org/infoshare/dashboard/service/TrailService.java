package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.AuditClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/** The audit trail's verification and its latest signed checkpoint, from audit-service. */
@ApplicationScoped
public class TrailService {

    private final AuditClient audit;

    public TrailService(@RestClient AuditClient audit) {
        this.audit = audit;
    }

    /** The latest checkpoint, or none before the first is signed (audit-service answers 404). */
    public PanelResult<AuditClient.Checkpoint> latestCheckpoint() {
        try {
            AuditClient.Checkpoint latest = audit.latestCheckpoint();
            return PanelResult.of(java.util.List.of(latest), 1);
        } catch (ClientWebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return PanelResult.of(java.util.List.of(), 0);
            }
            throw e;
        }
    }

    /**
     * Verifies the whole trail, or leaf indexes from..to when given. A range that is not two
     * whole numbers is refused here, in words, before asking.
     */
    public Check verify(String from, String to) {
        Long first;
        Long last;
        try {
            first = blank(from) ? null : Long.parseLong(from.trim());
            last = blank(to) ? null : Long.parseLong(to.trim());
        } catch (NumberFormatException e) {
            return new Check(null, "The range must be leaf indexes: whole numbers from 0.");
        }
        if ((first != null && first < 0) || (last != null && last < 0)) {
            return new Check(null, "The range must be leaf indexes: whole numbers from 0.");
        }
        if (first != null && last != null && first > last) {
            return new Check(null, "The first leaf index must not be after the last.");
        }
        try {
            return new Check(audit.verify(first, last), null);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw e;
            }
            return new Check(null, "audit-service could not verify that range (status " + status + ").");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The report, or why there is none. */
    @io.quarkus.qute.TemplateData
    public record Check(AuditClient.Verification report, String refusal) {

        /** The failure in words, naming the entry or checkpoint concerned. */
        public String problem() {
            if (report == null || report.failure() == null) {
                return "";
            }
            AuditClient.Failure f = report.failure();
            String what = switch (f.problem() == null ? "" : f.problem()) {
                case "ENTRY_MISSING" -> "Entry " + f.seq() + " is missing";
                case "ENTRY_ALTERED" -> "Entry " + f.seq() + " was altered";
                case "CHECKPOINT_MISMATCH" -> "The checkpoint at tree size " + f.checkpointSize() + " does not match the entries";
                case "CHECKPOINT_SIGNATURE" -> "The signature of the checkpoint at tree size " + f.checkpointSize() + " does not verify";
                default -> "A problem was found";
            };
            return f.detail() == null ? what + "." : what + ": " + f.detail();
        }
    }
}
