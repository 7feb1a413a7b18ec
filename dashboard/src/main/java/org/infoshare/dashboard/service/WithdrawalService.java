package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.SharingClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.List;
import java.util.UUID;

/**
 * One withdrawal's propagation, read from sharing-service with the signed-in user's token on every
 * render: each recipient record, onward children nested under their parent.
 */
@ApplicationScoped
public class WithdrawalService {

    private final SharingClient sharing;

    public WithdrawalService(@RestClient SharingClient sharing) {
        this.sharing = sharing;
    }

    /** The propagation of the withdrawals of this consent; 404 when there is none or the id is not one. */
    public Withdrawal withdrawal(String consentId) {
        try {
            UUID.fromString(consentId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        try {
            SharingClient.WithdrawalPropagation propagation = sharing.withdrawalPropagation(consentId);
            return new Withdrawal(propagation, RecipientNode.nest(propagation.recipients()), null);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 401) {
                throw e; // the session ended: the page signs in again
            }
            if (status == 404) {
                throw new NotFoundException();
            }
            return Withdrawal.failed(status == 403 ? "sharing-service does not show this to your role"
                    : "sharing-service answered with status " + status);
        } catch (ProcessingException e) {
            return Withdrawal.failed("sharing-service could not be reached");
        }
    }

    /** What the page shows: the propagation and its tree, or why it cannot. */
    @io.quarkus.qute.TemplateData
    public record Withdrawal(SharingClient.WithdrawalPropagation propagation, List<RecipientNode> tree,
                             String unavailable) {

        static Withdrawal failed(String why) {
            return new Withdrawal(null, List.of(), why);
        }

        /** Every recipient has answered: the propagation is complete. */
        public boolean complete() {
            return propagation != null && propagation.total() > 0 && propagation.answered() == propagation.total();
        }

        /** More exist than sharing-service lists in one answer. */
        public boolean truncated() {
            return propagation != null && propagation.total() > propagation.recipients().size();
        }
    }
}
