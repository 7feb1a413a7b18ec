-- The test application's own state: what it changed, and each effect a consumed event applied.
CREATE TABLE ledger_entry (
    id          BIGSERIAL PRIMARY KEY,
    subject_id  TEXT NOT NULL
);

CREATE TABLE applied_event (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID NOT NULL, -- deliberately not unique: duplicates must be visible to the tests
    subject_id  TEXT NOT NULL
);
