package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.PolicyAcknowledgement;
import org.infoshare.consent.domain.StaffStanding;
import org.infoshare.consent.domain.StaffTraining;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The staff register (P15.1): staff members, their policy acknowledgements and training. Plain SQL:
 * entering the register and acknowledging are {@code INSERT ... ON CONFLICT DO NOTHING}, so two
 * requests racing for the same row leave one row and tell each whether it was theirs.
 */
@ApplicationScoped
public class StaffRegisterRepository {

    /** Enters a staff member; false when they were in the register already. */
    public Uni<Boolean> register(String staffId, String registeredBy, Instant at) {
        return update("INSERT INTO staff_member (staff_id, registered_by, registered_at) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (staff_id) DO NOTHING", staffId, registeredBy, utc(at)).map(rows -> rows == 1);
    }

    /** Records an acknowledgement; false when this staff member had acknowledged this version already. */
    public Uni<Boolean> acknowledge(PolicyAcknowledgement acknowledgement) {
        return update("INSERT INTO policy_acknowledgement (staff_id, policy_version, acknowledged_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (staff_id, policy_version) DO NOTHING", acknowledgement.staffId(),
                acknowledgement.policyVersion(), utc(acknowledgement.acknowledgedAt())).map(rows -> rows == 1);
    }

    public Uni<Optional<PolicyAcknowledgement>> acknowledgement(String staffId, String policyVersion) {
        return rows("SELECT acknowledged_at FROM policy_acknowledgement WHERE staff_id = ?1 AND policy_version = ?2",
                staffId, policyVersion).map(found -> found.stream().findFirst()
                .map(row -> new PolicyAcknowledgement(staffId, policyVersion, instant(row[0]))));
    }

    public Uni<Void> addTraining(StaffTraining training) {
        return update("INSERT INTO staff_training (id, staff_id, course, completed_on, recorded_by, recorded_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", training.id(), training.staffId(), training.course(),
                training.completedOn(), training.recordedBy(), utc(training.recordedAt())).replaceWithVoid();
    }

    /**
     * Every staff member of the register with their acknowledgement of {@code policyVersion} and
     * latest training, in the order they entered the register. The register is the organisation's
     * staff (tens to hundreds), so the DPO's list is judged and paged in the service.
     */
    public Uni<List<StaffStanding>> standings(String policyVersion) {
        return rows("SELECT m.staff_id, m.registered_at, a.acknowledged_at, t.completed_on, t.course "
                + "FROM staff_member m "
                + "LEFT JOIN policy_acknowledgement a ON a.staff_id = m.staff_id AND a.policy_version = ?1 "
                + "LEFT JOIN LATERAL (SELECT completed_on, course FROM staff_training s WHERE s.staff_id = m.staff_id "
                + "ORDER BY completed_on DESC, recorded_at DESC LIMIT 1) t ON true "
                + "ORDER BY m.registered_at, m.staff_id", policyVersion)
                .map(found -> found.stream().map(row -> new StaffStanding((String) row[0], instant(row[1]),
                        Optional.ofNullable(row[2]).map(StaffRegisterRepository::instant),
                        Optional.ofNullable(row[3]).map(StaffRegisterRepository::date),
                        Optional.ofNullable((String) row[4]))).toList());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Timestamp at) {
            return at.toInstant();
        }
        if (value instanceof LocalDateTime at) {
            return at.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date day) {
            return day.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static Uni<List<Object[]>> rows(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getResultList();
        }).map(found -> ((List<Object>) found).stream()
                .map(row -> row instanceof Object[] array ? array : new Object[] {row}).toList());
    }

    private static Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }
}
