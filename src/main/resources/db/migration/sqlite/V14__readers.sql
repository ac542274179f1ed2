-- Reader accounts (tr.manset.reader): accounts, their sessions and one-time links, throttles
-- shared by every node, consents, and the log of KVKK requests. Comments may belong to an account.
-- Instants are epoch milliseconds like everywhere in this database.

-- A reader's account, made when they open the link mailed at sign-up. email is lower case.
-- AUTOINCREMENT: the id of a deleted account is never given to a new one, whose bans ("r:<id>"),
-- KVKK log and mails would otherwise be mixed up with the old one's.
CREATE TABLE readers (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    email          TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    notify_replies INTEGER NOT NULL DEFAULT 0,
    -- The version of the KVKK notice shown at sign-up.
    notice_version TEXT    NOT NULL
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of
-- the database opens no session.
CREATE TABLE reader_sessions (
    token_hash TEXT    PRIMARY KEY,
    reader_id  INTEGER NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

CREATE INDEX reader_sessions_by_reader ON reader_sessions (reader_id);
CREATE INDEX reader_sessions_by_expiry ON reader_sessions (expires_at);

-- Links sent by e-mail: confirm a sign-up, reset a password, confirm a new address. Stored
-- hashed, used once, expiring. A sign-up is only a link until it is opened: the link carries the
-- name and password given with it, so nobody can sign up with someone else's address in advance
-- and later know the password of the account its owner confirms.
CREATE TABLE reader_tokens (
    token_hash    TEXT    PRIMARY KEY,
    reader_id     INTEGER REFERENCES readers (id) ON DELETE CASCADE,
    purpose       TEXT    NOT NULL CHECK (purpose IN ('SIGN_UP', 'RESET', 'EMAIL_CHANGE')),
    -- The address the link went to, for SIGN_UP and EMAIL_CHANGE.
    email         TEXT,
    display_name  TEXT,
    password_hash TEXT,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER,
    CHECK (reader_id IS NOT NULL OR purpose = 'SIGN_UP')
);

CREATE INDEX reader_tokens_by_reader ON reader_tokens (reader_id, purpose);
CREATE INDEX reader_tokens_by_email ON reader_tokens (email, purpose);
CREATE INDEX reader_tokens_by_expiry ON reader_tokens (expires_at);

-- Counters in fixed windows (sign-in failures per address and per client, sign-ups per client,
-- mails per address), in the database so every node counts together.
CREATE TABLE reader_throttle (
    name         TEXT    PRIMARY KEY,
    window_start INTEGER NOT NULL,
    hits         INTEGER NOT NULL
);

-- What a reader agreed to, with the version of the text, and when they withdrew it.
CREATE TABLE reader_consents (
    id           INTEGER PRIMARY KEY,
    reader_id    INTEGER NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('REPLY_NOTICES')),
    text_version TEXT    NOT NULL,
    given_at     INTEGER NOT NULL,
    withdrawn_at INTEGER
);

CREATE INDEX reader_consents_by_reader ON reader_consents (reader_id, kind);

-- The secret key for session-bound form tokens and keyed hashes, made once for the whole site.
CREATE TABLE reader_keys (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- KVKK requests (a copy of one's data, erasure, withdrawing consent) and when each was answered:
-- the law gives 30 days. No foreign key: the record outlives the account. subject is the address
-- with most of it masked; subject_hash a keyed hash of it, to find one person's requests.
CREATE TABLE kvkk_requests (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE', 'WITHDRAWAL')),
    reader_id    INTEGER,
    subject      TEXT    NOT NULL,
    subject_hash TEXT    NOT NULL,
    detail       TEXT    NOT NULL DEFAULT '',
    requested_at INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    done_at      INTEGER
);

CREATE INDEX kvkk_requests_by_time ON kvkk_requests (requested_at, id);

-- A comment written while signed in belongs to the account; reply_to_id is the comment a reply
-- answers (parent_id is the thread it joins), so its author can be told of the answer.
ALTER TABLE comments ADD COLUMN reader_id INTEGER REFERENCES readers (id) ON DELETE SET NULL;
ALTER TABLE comments ADD COLUMN reply_to_id INTEGER REFERENCES comments (id) ON DELETE SET NULL;
CREATE INDEX comments_by_reader ON comments (reader_id, id) WHERE reader_id IS NOT NULL;
