package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.domain.PolicyAcknowledgement;
import org.infoshare.consent.domain.StaffAccountabilityRule;
import org.infoshare.consent.domain.StaffStanding;
import org.infoshare.consent.domain.StaffTraining;
import org.infoshare.consent.persistence.StaffRegisterRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.rules.RuleResult;
import org.infoshare.web.Page;
import org.infoshare.web.PolicyAcknowledgements;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.web.StaffPolicy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P15.1: the staff register. The DPO registers staff at induction and records their training; a
 * staff member acknowledges the policy version in force. Each change is announced on
 * consent-events in its transaction ({@code staff-registered}, {@code policy-acknowledged},
 * {@code training-recorded}); sharing-service and breach-service keep the acknowledgements for
 * their own gate. Also what this service's {@link org.infoshare.web.PolicyAcknowledgementGate} asks.
 */
@ApplicationScoped
public class StaffRegisterService implements PolicyAcknowledgements {

    private final StaffRegisterRepository register;
    private final StaffPolicy policy;
    private final Outbox outbox;
    private final Clock clock;

    public StaffRegisterService(StaffRegisterRepository register, StaffPolicy policy, Outbox outbox, Clock clock) {
        this.register = register;
        this.policy = policy;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One staff member's outstanding items (empty when in good standing). */
    public record Outstanding(StaffStanding standing, List<RuleResult> gaps) {
    }

    /** An acknowledgement, and whether this request made it (a repeat answers the first). */
    public record Acknowledged(PolicyAcknowledgement acknowledgement, boolean created) {
    }

    /** The DPO enters a staff member at induction; 409 when they are in the register already. */
    @WithTransaction
    public Uni<StaffStanding> register(String staffId, String registeredBy) {
        Instant now = clock.instant();
        return register.register(staffId, registeredBy, now).chain(created -> {
            if (!created) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT,
                        "This staff member is in the register already"));
            }
            return outbox.append(ConsentEventMapper.staffRegistered(staffId, registeredBy, now))
                    .replaceWith(new StaffStanding(staffId, now, Optional.empty(), Optional.empty(),
                            Optional.empty()));
        });
    }

    /**
     * The signed-in staff member acknowledges {@code policyVersion}, which must be the version in
     * force (422 otherwise, rule P15.1). Acknowledging enters them in the register if the DPO had
     * not. A repeat changes nothing and announces nothing.
     */
    @WithTransaction
    public Uni<Acknowledged> acknowledge(String staffId, String policyVersion) {
        RuleResult check = StaffAccountabilityRule.acknowledgement(policyVersion, policy.currentVersion());
        if (check.refused()) {
            return Uni.createFrom().failure(new ProblemException(Problem.refusedBy(ProblemType.UNPROCESSABLE,
                    check.explanation(), List.of(new Problem.FieldError("policyVersion", check.explanation())),
                    List.of(check.ruleId()))));
        }
        Instant now = clock.instant();
        PolicyAcknowledgement acknowledgement = new PolicyAcknowledgement(staffId, policyVersion, now);
        return register.register(staffId, staffId, now)
                .chain(() -> register.acknowledge(acknowledgement))
                .chain(created -> created
                        ? outbox.append(ConsentEventMapper.policyAcknowledged(acknowledgement))
                                .replaceWith(new Acknowledged(acknowledgement, true))
                        : register.acknowledgement(staffId, policyVersion)
                                .map(first -> new Acknowledged(first.orElseThrow(), false)));
    }

    /** The DPO records a training completion; the staff member enters the register if not in it. */
    @WithTransaction
    public Uni<StaffTraining> recordTraining(String staffId, String course, LocalDate completedOn, String recordedBy) {
        Instant now = clock.instant();
        StaffTraining training = new StaffTraining(UUID.randomUUID(), staffId, course, completedOn, recordedBy, now);
        return register.register(staffId, recordedBy, now)
                .chain(() -> register.addTraining(training))
                .chain(() -> outbox.append(ConsentEventMapper.trainingRecorded(training)))
                .replaceWith(training);
    }

    /** Staff of the register who have not acknowledged the version in force or have no training. */
    @WithSession
    public Uni<Page<Outstanding>> outstanding(int page, int size) {
        String version = policy.currentVersion();
        return register.standings(version).map(all -> {
            List<Outstanding> outstanding = all.stream()
                    .map(standing -> new Outstanding(standing, StaffAccountabilityRule.outstanding(standing, version)))
                    .filter(o -> !o.gaps().isEmpty())
                    .toList();
            int from = (int) Math.min((long) page * size, outstanding.size());
            int to = Math.min(from + size, outstanding.size());
            return new Page<>(outstanding.subList(from, to), page, size, outstanding.size());
        });
    }

    @Override
    @WithSession
    public Uni<Boolean> hasAcknowledged(String staffId, String policyVersion) {
        return register.acknowledgement(staffId, policyVersion).map(found -> found.isPresent());
    }
}
