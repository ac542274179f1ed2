-- Newsletters (tr.manset.subscription): subscribers and their lists, double opt-in requests, the
-- KVKK consent record, and mailings (a daily digest or a Son Dakika alert) fanned out into the
-- mail outbox by a job. Addresses are lower case. Instants are epoch milliseconds.
-- Ids are AUTOINCREMENT: they go into outbox dedupe keys ("mailing:3:subscriber:41"), so the id of
-- an erased subscriber must never come back for someone else.

-- Someone who asked for list mail at /abone-ol. Nothing is sent to them until they confirm
-- (status CONFIRMED). secret makes their signed preferences link; a new subscriber row gets a new
-- one, so links of an erased subscriber never work for a later one.
CREATE TABLE subscribers (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           TEXT    NOT NULL UNIQUE,
    status          TEXT    NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    secret          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    confirmed_at    INTEGER,
    unsubscribed_at INTEGER,
    -- The last confirmation mail queued: at most one per few minutes, whoever asks how often.
    last_mail_at    INTEGER
);

-- The lists a subscriber receives: 'gunun-ozeti', 'son-dakika' or 'kategori-{category id}'.
CREATE TABLE subscriber_lists (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    list          TEXT    NOT NULL,
    PRIMARY KEY (subscriber_id, list)
);

CREATE INDEX subscriber_lists_by_list ON subscriber_lists (list, subscriber_id);

-- A request to subscribe, waiting for the owner of the address to confirm it through the mailed
-- link. Only a hash of the link's token is kept; a request is used once (confirmed_at).
CREATE TABLE subscription_requests (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id   INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    token_hash      TEXT    NOT NULL UNIQUE,
    lists           TEXT    NOT NULL,
    consent_version TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    confirmed_at    INTEGER
);

CREATE INDEX subscription_requests_by_subscriber ON subscription_requests (subscriber_id);

-- KVKK: which version of the consent text a subscriber accepted, for which lists, when they asked
-- and confirmed, and when they withdrew it (unsubscribed). Kept until the subscriber is erased.
CREATE TABLE subscription_consents (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    version       TEXT    NOT NULL,
    lists         TEXT    NOT NULL,
    requested_at  INTEGER NOT NULL,
    given_at      INTEGER NOT NULL,
    withdrawn_at  INTEGER
);

CREATE INDEX subscription_consents_by_subscriber ON subscription_consents (subscriber_id);

-- One mail to many: what it says (the stories as they were when it was made, JSON), to whom (the
-- lists in audience, comma-separated) and how far the fan-out into mail_outbox got: subscribers
-- are queued in id order, fanned_out_to is the last id queued. A Son Dakika alert is unique per
-- story, a digest per Istanbul day: the unique keys decide which node makes it.
CREATE TABLE mailings (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT    NOT NULL CHECK (kind IN ('DIGEST', 'BREAKING')),
    subject         TEXT    NOT NULL,
    story_id        INTEGER UNIQUE REFERENCES articles (id),
    digest_day      TEXT    UNIQUE,
    audience        TEXT    NOT NULL,
    items           TEXT    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('QUEUEING', 'QUEUED', 'SKIPPED')),
    fanned_out_to   INTEGER NOT NULL DEFAULT 0,
    queued          INTEGER NOT NULL DEFAULT 0,
    created_by      INTEGER REFERENCES staff (id),
    created_by_name TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    queued_at       INTEGER,
    CHECK ((kind = 'BREAKING') = (story_id IS NOT NULL)),
    CHECK ((kind = 'DIGEST') = (digest_day IS NOT NULL))
);

CREATE INDEX mailings_by_state ON mailings (state, id);

-- The key that signs preference and unsubscribe links, made by the first node that needs it.
CREATE TABLE subscription_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
