-- Saved reports (docs/STORE.md). The report is the scrubbed JSON the API returns: no password
-- and no password-derived form ever reaches it. The delete token is stored only as its SHA-256.
CREATE TABLE reports (
    id           TEXT PRIMARY KEY,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    verdict      TEXT NOT NULL,
    primary_code TEXT,
    provider     TEXT,
    host         TEXT NOT NULL,
    ticket       TEXT,
    vantage      TEXT NOT NULL,
    client_version TEXT NOT NULL,
    delete_hash  TEXT NOT NULL,
    heading      TEXT NOT NULL,
    page         TEXT NOT NULL,
    report       JSONB NOT NULL
);
CREATE INDEX reports_created_at ON reports (created_at);
CREATE INDEX reports_expires_at ON reports (expires_at);
CREATE INDEX reports_primary ON reports (primary_code, created_at);
