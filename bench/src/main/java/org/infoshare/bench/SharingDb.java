package org.infoshare.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * sharing-service's database, for what the API cannot do at bench scale: bulk-loading releases
 * (copies of a release the API made, with new ids) and checking what a withdrawal left behind.
 * Every bulk-loaded share request says {@value #MARK} in requested_by, so the bench finds and
 * removes exactly its own rows. It never runs ANALYZE: the figures are meant for tables whose
 * statistics lag, as autovacuum may on a production cluster.
 */
final class SharingDb implements AutoCloseable {

    static final String MARK = "bench-bulk";
    static final String FILLER_PARTNER = "bench-filler";

    /** A bulk-loaded share request: a copy of {@code template} to {@code partner}. */
    record BulkShare(UUID id, UUID template, String partner) {
    }

    /** A bulk-loaded release: a copy of {@code template} with its own ids, parent, partner and consent. */
    record BulkRelease(UUID id, UUID template, UUID shareRequest, UUID parent, String partner, UUID consent) {
    }

    private final String url;
    private final Connection connection;
    private final String insertShares;
    private final String insertReleases;

    SharingDb(String host, int port) throws SQLException {
        url = "jdbc:postgresql://" + host + ":" + port + "/sharing";
        connection = DriverManager.getConnection(url, "sharing_svc", "sharing_svc");
        connection.setAutoCommit(true);
        insertShares = copyStatement("share_request",
                "unnest(?::uuid[], ?::uuid[], ?::text[]) AS u(id, tpl, partner)",
                Map.of("id", "u.id", "partner_id", "u.partner", "requested_by", "'" + MARK + "'"));
        insertReleases = copyStatement("release",
                "unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::uuid[]) "
                        + "AS u(id, tpl, sr, parent, partner, consent)",
                Map.of("id", "u.id", "share_request_id", "u.sr", "parent_release_id", "u.parent",
                        "partner_id", "u.partner", "consent_id", "u.consent", "status", "'RELEASED'",
                        "withdrawn_at", "NULL", "fetch_count", "0", "last_fetched_at", "NULL"));
    }

    /** INSERT … SELECT copying every column of the template row, but the overridden ones. */
    private String copyStatement(String table, String source, Map<String, String> overrides) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement columnsOf = connection.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            columnsOf.setString(1, table);
            try (ResultSet rs = columnsOf.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("sharing's database has no table " + table + " (is sharing-service up?)");
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "))
                + " FROM " + source + " JOIN " + table + " t ON t.id = u.tpl";
    }

    /**
     * P5.1: regular flows need the partner's current attestation. The bench partners have no user to
     * sign in with, so their agreed protocols are attested here, as the partner would through its API.
     */
    void attestAgreedProtocols(Collection<String> partnerIds) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO protocol_attestation (id, protocol_id, partner_id, security_measures_met, staff_informed,
                    statement, attested_by, attested_at)
                SELECT gen_random_uuid(), p.id, p.partner_id, true, true, 'bench', 'bench', now()
                  FROM protocol p WHERE p.partner_id = ANY (?) AND p.status = 'AGREED'""")) {
            s.setArray(1, connection.createArrayOf("text", partnerIds.toArray()));
            s.executeUpdate();
        }
    }

    /** The root release of an approved share. */
    UUID releaseOfShare(UUID shareRequestId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id FROM release WHERE share_request_id = ? AND parent_release_id IS NULL")) {
            s.setObject(1, shareRequestId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no release for approved share " + shareRequestId);
                }
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Root releases of many approved shares, by share. */
    Map<UUID, UUID> releasesOfShares(Collection<UUID> shareRequestIds) throws SQLException {
        Map<UUID, UUID> found = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT share_request_id, id FROM release WHERE share_request_id = ANY(?) AND parent_release_id IS NULL")) {
            s.setArray(1, uuids(shareRequestIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                }
            }
        }
        return found;
    }

    /** Inserts share requests, then releases, in one transaction. */
    void insert(List<BulkShare> shares, List<BulkRelease> releases) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (!shares.isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement(insertShares)) {
                    s.setArray(1, uuids(shares.stream().map(BulkShare::id).toList()));
                    s.setArray(2, uuids(shares.stream().map(BulkShare::template).toList()));
                    s.setArray(3, texts(shares.stream().map(BulkShare::partner).toList()));
                    s.executeUpdate();
                }
            }
            // parents before children: a child's parent must exist when its row is checked
            List<BulkRelease> roots = releases.stream().filter(r -> r.parent() == null).toList();
            List<BulkRelease> children = releases.stream().filter(r -> r.parent() != null).toList();
            for (List<BulkRelease> part : List.of(roots, children)) {
                if (part.isEmpty()) {
                    continue;
                }
                try (PreparedStatement s = connection.prepareStatement(insertReleases)) {
                    s.setArray(1, uuids(part.stream().map(BulkRelease::id).toList()));
                    s.setArray(2, uuids(part.stream().map(BulkRelease::template).toList()));
                    s.setArray(3, uuids(part.stream().map(BulkRelease::shareRequest).toList()));
                    s.setArray(4, uuids(part.stream().map(BulkRelease::parent).toList()));
                    s.setArray(5, texts(part.stream().map(BulkRelease::partner).toList()));
                    s.setArray(6, uuids(part.stream().map(BulkRelease::consent).toList()));
                    s.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Some releases to the given partners, for reading. */
    List<UUID> someReleases(List<String> partners, int limit) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id FROM release WHERE partner_id = ANY(?) LIMIT " + limit)) {
            s.setArray(1, texts(partners));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    long releaseCount() throws SQLException {
        return single("SELECT count(*) FROM release");
    }

    long fillerCount() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM release WHERE partner_id = ?")) {
            s.setString(1, FILLER_PARTNER);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Brings the release table to about {@code target} rows with filler: releases to
     * {@value #FILLER_PARTNER} under consents nobody withdraws, one in ten an onward child.
     * Filler is removed first when the table is already larger. Answers the table size.
     */
    long fillTo(long target, UUID templateRelease, UUID templateShare, Log log) throws SQLException {
        long size = releaseCount();
        if (size > target && fillerCount() > 0) {
            log.line("  removing filler to shrink the release table from " + size + " rows");
            removeBulk(true);
            size = releaseCount();
        }
        long missing = target - size;
        long started = System.nanoTime();
        int batch = 10_000;
        for (long done = 0; done < missing; done += batch) {
            int count = (int) Math.min(batch, missing - done);
            List<BulkShare> shares = new ArrayList<>();
            List<BulkRelease> releases = new ArrayList<>();
            List<BulkRelease> roots = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (i % 10 == 9 && !roots.isEmpty()) {
                    BulkRelease parent = roots.get(i % roots.size());
                    releases.add(new BulkRelease(Ids.fast(), templateRelease, parent.shareRequest(), parent.id(),
                            FILLER_PARTNER, parent.consent()));
                } else {
                    BulkShare share = new BulkShare(Ids.fast(), templateShare, FILLER_PARTNER);
                    shares.add(share);
                    BulkRelease root = new BulkRelease(Ids.fast(), templateRelease, share.id(), null, FILLER_PARTNER,
                            Ids.fast());
                    roots.add(root);
                    releases.add(root);
                }
            }
            insert(shares, releases);
            if ((done / batch) % 10 == 9) {
                log.line(String.format("  filler: %d of %d rows (%.0f s)", done + count, missing,
                        (System.nanoTime() - started) / 1e9));
            }
        }
        return releaseCount();
    }

    /**
     * Deletes what the bench bulk-loaded (filler only, or all) and the notifications made for it.
     * Runs as the superuser with foreign-key triggers off for the session: deleting a share request
     * would otherwise check release.share_request_id row by row, which has no full index (a scan of
     * the whole table per row at 1M rows). The statements themselves keep the references whole:
     * notifications go first, then the releases, then only share requests no release points at.
     */
    void removeBulk(boolean fillerOnly) throws SQLException {
        String which = "SELECT r.id FROM release r JOIN share_request s ON s.id = r.share_request_id "
                + "WHERE s.requested_by = '" + MARK + "'" + (fillerOnly ? " AND r.partner_id = '" + FILLER_PARTNER + "'" : "");
        try (Connection superuser = DriverManager.getConnection(url, "postgres", "");
             Statement s = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            s.execute("SET LOCAL session_replication_role = replica");
            s.executeUpdate("CREATE TEMP TABLE bench_doomed ON COMMIT DROP AS " + which);
            s.executeUpdate("DELETE FROM recipient_notification WHERE release_id IN (SELECT id FROM bench_doomed)");
            s.executeUpdate("DELETE FROM onward_request WHERE release_id IN (SELECT id FROM bench_doomed)");
            s.executeUpdate("DELETE FROM release WHERE id IN (SELECT id FROM bench_doomed)");
            s.executeUpdate("DELETE FROM share_request s WHERE s.requested_by = '" + MARK + "'"
                    + (fillerOnly ? " AND s.partner_id = '" + FILLER_PARTNER + "'" : "")
                    + " AND NOT EXISTS (SELECT 1 FROM release r WHERE r.share_request_id = s.id)");
            superuser.commit();
        }
    }

    /**
     * What the database shows of the withdrawals: for every consent exactly one CONSENT_WITHDRAWN
     * notification per expected release and none for any other, and every expected release WITHDRAWN.
     */
    List<String> check(Map<UUID, Set<UUID>> expectedByConsent) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<UUID, Map<UUID, Integer>> notes = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT consent_id, release_id, count(*) "
                + "FROM recipient_notification WHERE consent_id = ANY(?) AND cause = 'CONSENT_WITHDRAWN' GROUP BY 1, 2")) {
            s.setArray(1, uuids(expectedByConsent.keySet()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashMap<>())
                            .put(rs.getObject(2, UUID.class), rs.getInt(3));
                }
            }
        }
        Set<UUID> allReleases = new HashSet<>();
        expectedByConsent.values().forEach(allReleases::addAll);
        Map<UUID, String> status = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, status FROM release WHERE id = ANY(?)")) {
            s.setArray(1, uuids(allReleases));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    status.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        for (Map.Entry<UUID, Set<UUID>> e : expectedByConsent.entrySet()) {
            Map<UUID, Integer> found = notes.getOrDefault(e.getKey(), Map.of());
            for (UUID release : e.getValue()) {
                int count = found.getOrDefault(release, 0);
                if (count != 1) {
                    problems.add("db: release " + release + " has " + count + " CONSENT_WITHDRAWN notifications");
                }
                if (!"WITHDRAWN".equals(status.get(release))) {
                    problems.add("db: release " + release + " is " + status.get(release));
                }
            }
            for (UUID release : found.keySet()) {
                if (!e.getValue().contains(release)) {
                    problems.add("db: consent " + e.getKey() + " notified release " + release + " it does not hold");
                }
            }
        }
        return problems;
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Array uuids(Collection<UUID> values) throws SQLException {
        return connection.createArrayOf("uuid", values.toArray(new UUID[0]));
    }

    private Array texts(Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(new String[0]));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
