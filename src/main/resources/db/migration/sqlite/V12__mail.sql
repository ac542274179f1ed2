-- Every mail the site sends is first a row here (tr.manset.mail.Outbox), written in the same
-- transaction as whatever caused it; a job sends due rows and records the outcome. A crash
-- loses nothing: rows not marked sent are sent after the next start.
-- dedupe_key makes enqueueing idempotent ("mailing:12:subscriber:34" is queued once, ever).
-- Instants are epoch milliseconds like everywhere in this database.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    mailing_id      INTEGER,
    dedupe_key      TEXT UNIQUE,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    text_body       TEXT    NOT NULL,
    html_body       TEXT    NOT NULL,
    unsubscribe_url TEXT,
    message_id      TEXT    NOT NULL UNIQUE,
    status          TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until     INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);

-- The sender asks for due rows in order; a mailing's progress counts its rows by status.
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at, id);
CREATE INDEX mail_outbox_by_mailing ON mail_outbox (mailing_id, status);

-- Addresses that bounced hard or complained: nothing more is sent to them.
-- address is lower case (tr.manset.mail.Suppressions).
CREATE TABLE mail_suppressions (
    address    TEXT    PRIMARY KEY,
    reason     TEXT    NOT NULL CHECK (reason IN ('BOUNCE', 'COMPLAINT', 'MANUAL')),
    note       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
