-- Newsroom: staff accounts, article workflow columns, revisions and the audit log.

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    email           TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL
        CHECK (role IN ('ADMIN', 'EDITOR_IN_CHIEF', 'EDITOR', 'REPORTER', 'MODERATOR')),
    password_hash   TEXT    NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    created_at      INTEGER NOT NULL
);

-- The categories an Editör may publish in.
CREATE TABLE staff_categories (
    staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, category_id)
);

ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN lead_rank INTEGER;
ALTER TABLE articles ADD COLUMN comment_mode TEXT NOT NULL DEFAULT 'OPEN'
    CHECK (comment_mode IN ('OPEN', 'PREMODERATED', 'CLOSED'));
ALTER TABLE articles ADD COLUMN created_by INTEGER REFERENCES staff (id);

CREATE INDEX articles_scheduled ON articles (status, scheduled_at);

CREATE TABLE article_revisions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    snapshot   TEXT    NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    created_at INTEGER NOT NULL,
    UNIQUE (article_id, version)
);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    staff_id INTEGER REFERENCES staff (id),
    actor    TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    subject  TEXT    NOT NULL DEFAULT '',
    detail   TEXT    NOT NULL DEFAULT '',
    address  TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_by_time ON audit_log (at DESC);
