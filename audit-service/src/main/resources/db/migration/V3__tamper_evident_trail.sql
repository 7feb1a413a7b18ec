-- Tamper evidence (X1) and retention (P13.1) for the trail.
--
-- The trail before this version had no hashes and held development data only: it starts again.
TRUNCATE trail_entry;
DELETE FROM processed_event WHERE consumer = 'audit-trail';

-- seq is now the leaf index of the RFC 6962 Merkle tree, assigned by the single-writer appender
-- inside the append transaction, so a rolled-back append leaves no hole (a sequence would).
ALTER TABLE trail_entry ALTER COLUMN seq DROP DEFAULT;
DROP SEQUENCE trail_entry_seq_seq;
ALTER TABLE trail_entry
    ADD COLUMN kind            TEXT NOT NULL DEFAULT 'event' CHECK (kind IN ('event', 'dead-letter', 'retention')),
    ADD COLUMN actor           TEXT,
    ADD COLUMN kafka_partition INTEGER,
    ADD COLUMN kafka_offset    BIGINT,
    ADD COLUMN reason          TEXT,
    -- SHA-256(0x00 || canonical entry bytes), computed when the entry was appended
    ADD COLUMN leaf_hash       BYTEA NOT NULL CHECK (octet_length(leaf_hash) = 32);
ALTER TABLE trail_entry ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE trail_entry ALTER COLUMN topic DROP NOT NULL;
-- recorded_at is hashed, so the appender sets it (to the microsecond) instead of the database.
ALTER TABLE trail_entry ALTER COLUMN recorded_at DROP DEFAULT;

CREATE INDEX trail_entry_actor ON trail_entry (actor, seq);
CREATE INDEX trail_entry_occurred ON trail_entry (occurred_at, seq);
CREATE INDEX trail_entry_kind ON trail_entry (kind, seq);
CREATE INDEX trail_entry_recorded ON trail_entry (recorded_at, seq);

-- Signed tree heads. frontier = the compact range at tree_size (8-byte size + the perfect
-- subtree roots): the next checkpoint and range verification start from it; its root must equal
-- the signed root, so it cannot be forged without breaking the signature.
CREATE TABLE trail_checkpoint (
    tree_size  BIGINT      PRIMARY KEY CHECK (tree_size >= 0),
    root_hash  BYTEA       NOT NULL,
    frontier   BYTEA       NOT NULL,
    signed_at  TIMESTAMPTZ NOT NULL,
    key_id     TEXT        NOT NULL,
    signature  BYTEA       NOT NULL
);

-- Retention steps (P13.1): entries below removed_before were removed; removed_before is always
-- a checkpoint's tree size, whose frontier keeps the remaining trail verifiable. entry_seq is
-- the retention entry that records the step in the trail itself.
CREATE TABLE trail_retention (
    removed_before BIGINT      PRIMARY KEY,
    removed_from   BIGINT      NOT NULL,
    cutoff         TIMESTAMPTZ NOT NULL,
    entry_seq      BIGINT      NOT NULL,
    performed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The floor no application setting can go below: only the owner can change it.
CREATE TABLE trail_policy (
    minimum_retention INTERVAL NOT NULL
);
INSERT INTO trail_policy (minimum_retention) VALUES ('${minimum_retention}'::interval);

-- The only way entries leave the trail: runs with the owner's rights, removes nothing unless a
-- retention step was recorded (row and trail entry) ending at a signed checkpoint, and every
-- entry it removes is older than that step's cutoff, itself outside the minimum retention.
CREATE FUNCTION trail_remove_expired(new_horizon BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    step    trail_retention%ROWTYPE;
    removed BIGINT;
BEGIN
    SELECT * INTO step FROM trail_retention WHERE removed_before = new_horizon;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no recorded retention step removes the entries before %', new_horizon;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM trail_checkpoint WHERE tree_size = new_horizon) THEN
        RAISE EXCEPTION 'a retention step must end at a signed checkpoint, % is none', new_horizon;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM trail_entry WHERE seq = step.entry_seq AND kind = 'retention') THEN
        RAISE EXCEPTION 'the retention step before % is not recorded in the trail', new_horizon;
    END IF;
    IF step.cutoff > now() - (SELECT minimum_retention FROM trail_policy) THEN
        RAISE EXCEPTION 'cutoff % is inside the minimum retention period', step.cutoff;
    END IF;
    IF EXISTS (SELECT 1 FROM trail_entry WHERE seq < new_horizon AND recorded_at >= step.cutoff) THEN
        RAISE EXCEPTION 'entries before % are not all past their retention period', new_horizon;
    END IF;
    DELETE FROM trail_entry WHERE seq < new_horizon;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END;
$$;
REVOKE ALL ON FUNCTION trail_remove_expired(BIGINT) FROM PUBLIC;

-- The runtime login (${app_role}) appends and reads; it can neither change nor delete the trail.
GRANT SELECT, INSERT ON trail_entry, trail_checkpoint, trail_retention TO ${app_role};
GRANT SELECT ON trail_policy TO ${app_role};
GRANT EXECUTE ON FUNCTION trail_remove_expired(BIGINT) TO ${app_role};
-- What the shared outbox relay and idempotent consumer need.
GRANT SELECT, INSERT, UPDATE ON outbox_event TO ${app_role};
GRANT USAGE ON SEQUENCE outbox_event_id_seq TO ${app_role};
GRANT SELECT, INSERT ON processed_event TO ${app_role};
