package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.BreachClient;
import org.infoshare.dashboard.client.SharingClient;
import org.infoshare.dashboard.client.StaffBreachClient;
import org.infoshare.dashboard.client.StaffConsentClient;
import org.infoshare.dashboard.client.StaffSharingClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Staff work (issue 13): records a person, a consent, a withdrawal, a share request and a breach
 * report through the services' own endpoints with the signed-in user's token. The services judge
 * every value; their problems come back in words ({@link ProblemWords}), and nothing is recorded.
 * Nothing here logs: the forms carry names and contact details.
 */
@ApplicationScoped
public class StaffWorkService {

    private final StaffConsentClient consent;
    private final StaffSharingClient sharing;
    private final StaffBreachClient breach;
    private final SharingClient shares;

    public StaffWorkService(@RestClient StaffConsentClient consent, @RestClient StaffSharingClient sharing,
                            @RestClient StaffBreachClient breach, @RestClient SharingClient shares) {
        this.consent = consent;
        this.sharing = sharing;
        this.breach = breach;
        this.shares = shares;
    }

    public Outcome<StaffConsentClient.Registered> registerPerson(StaffConsentClient.NewSubject person,
                                                                 Map<String, FormField> fields) {
        return send("consent service", fields, () -> consent.register(person));
    }

    /**
     * The information sheets the consent form offers: one piece of work's versions, or the first 200
     * (by piece of work, as the service lists them), and always the one already chosen.
     */
    public List<StaffConsentClient.InformationSheet> informationSheets(String pieceOfWork, String chosenId) {
        List<StaffConsentClient.InformationSheet> sheets = new ArrayList<>(consent.informationSheets(pieceOfWork, 200).items());
        if (chosenId != null && sheets.stream().noneMatch(s -> chosenId.equals(s.id()))) {
            try {
                sheets.add(0, consent.informationSheet(chosenId));
            } catch (ClientWebApplicationException unknown) {
                // not a sheet's id: the form shows none chosen, and the service says so when it is sent
            }
        }
        return sheets;
    }

    public Outcome<StaffConsentClient.Consent> giveConsent(StaffConsentClient.NewConsent given,
                                                           Map<String, FormField> fields) {
        return send("consent service", fields, () -> consent.give(given));
    }

    public StaffConsentClient.Consent consent(String id) {
        return consent.consent(id);
    }

    public Outcome<StaffConsentClient.Withdrawn> withdraw(String consentId, StaffConsentClient.NewWithdrawal withdrawal,
                                                          Map<String, FormField> fields) {
        return send("consent service", fields, () -> consent.withdraw(consentId, withdrawal));
    }

    public Outcome<SharingClient.ShareRequest> requestShare(StaffSharingClient.NewShare share,
                                                            Map<String, FormField> fields) {
        return send("sharing service", fields, () -> sharing.request(share));
    }

    public SharingClient.ShareRequest share(String id) {
        return shares.shareRequest(id);
    }

    public Outcome<BreachClient.Breach> reportBreach(StaffBreachClient.NewBreach report, Map<String, FormField> fields) {
        return send("breach service", fields, () -> breach.report(report));
    }

    public BreachClient.Breach breach(String id) {
        return breach.breach(id);
    }

    /**
     * Sends one request. A 4xx problem is the service's judgement, shown in words; 401 (the session
     * ended) and a service down go to the dashboard's own pages ({@code ForbiddenMapper}).
     */
    private static <T> Outcome<T> send(String service, Map<String, FormField> fields, Supplier<T> call) {
        try {
            return new Outcome<>(call.get(), Refusal.NONE);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
            if (status == 401 || status >= 500) {
                throw e;
            }
            return new Outcome<>(null, ProblemWords.explain(service, status, body(e), fields));
        }
    }

    private static String body(ClientWebApplicationException e) {
        try {
            return e.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            return null; // the status alone is then put in words
        }
    }

    /** What was recorded, or why not. */
    public record Outcome<T>(T recorded, Refusal refusal) {

        public static <T> Outcome<T> refused(Refusal refusal) {
            return new Outcome<>(null, refusal);
        }

        public boolean ok() {
            return !refusal.refused();
        }
    }
}
