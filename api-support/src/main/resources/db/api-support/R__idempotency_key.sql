-- Idempotency-Key support for POSTs (api-support's IdempotencyKeys). A repeatable migration, so
-- any service can add the db/api-support location whatever its own version numbers are.
CREATE TABLE IF NOT EXISTS idempotency_key (
    idempotency_key  TEXT        NOT NULL,
    scope            TEXT        NOT NULL, -- caller and operation: keys of different callers never meet
    request_sha256   TEXT        NOT NULL,
    status           INT         NOT NULL,
    location         TEXT,
    response_json    TEXT        NOT NULL, -- API views only: never personal identifiers
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX IF NOT EXISTS idempotency_key_created ON idempotency_key (created_at);
