-- P7.4: the aggregate counts each recipient was shown, release by release, so that a later release
-- to it cannot be differenced against them. Non-personal: counts by category and dimension values.
-- Suppressed cells are not held (the recipient never saw them). dimensions is the dimension values
-- as JSON with sorted keys, one text per cell.
CREATE TABLE released_cell (
    release_id  UUID   NOT NULL REFERENCES release (id) DEFERRABLE INITIALLY DEFERRED,
    partner_id  TEXT   NOT NULL REFERENCES partner (id),
    category    TEXT   NOT NULL,
    dimensions  TEXT   NOT NULL,
    count       BIGINT NOT NULL CHECK (count >= 0)
);

CREATE INDEX released_cell_partner ON released_cell (partner_id, category);

-- P6.1: GET /share-requests?subjectId= finds one person's requests without a scan.
CREATE INDEX share_request_subject ON share_request (subject_id, requested_at DESC, id) WHERE subject_id IS NOT NULL;
