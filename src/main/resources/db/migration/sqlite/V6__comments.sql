-- Reader comments: comments, votes, reports, bans, term lists and moderation settings.

-- Comment modes grow from three to five. SQLite cannot change a CHECK constraint in place, so
-- the column is replaced (values kept).
ALTER TABLE articles ADD COLUMN comment_mode_new TEXT NOT NULL DEFAULT 'OPEN'
    CHECK (comment_mode_new IN ('OPEN', 'POSTMODERATED', 'NEW_COMMENTERS_WAIT', 'PREMODERATED', 'CLOSED'));
UPDATE articles SET comment_mode_new = comment_mode;
ALTER TABLE articles DROP COLUMN comment_mode;
ALTER TABLE articles RENAME COLUMN comment_mode_new TO comment_mode;

CREATE TABLE comments (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    -- Who wrote it, for history, bans and "new commenter" rules: 'e:' + keyed hash of the
    -- e-mail address when one was given, otherwise 'ip:' + keyed hash of the address.
    commenter     TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    email         TEXT,
    ip_hash       TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    -- The text normalized (case, diacritics, repeats), to find the same text posted again.
    fingerprint   TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED', 'HIDDEN')),
    -- The rule that held or rejected the comment, shown to moderators.
    rule          TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    decided_at    INTEGER,
    decided_by    TEXT    NOT NULL DEFAULT '',
    decision_note TEXT    NOT NULL DEFAULT '',
    likes         INTEGER NOT NULL DEFAULT 0,
    dislikes      INTEGER NOT NULL DEFAULT 0,
    reports       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX comments_thread ON comments (article_id, status, parent_id, id);
CREATE INDEX comments_thread_by_likes ON comments (article_id, status, parent_id, likes, id);
CREATE INDEX comments_replies ON comments (parent_id, status, id);
CREATE INDEX comments_queue ON comments (status, id);
CREATE INDEX comments_by_commenter ON comments (commenter, id);
CREATE INDEX comments_by_fingerprint ON comments (fingerprint, created_at);

-- Published comments per article, kept by triggers so the count always matches the rows.
CREATE TABLE comment_counts (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    published  INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER comments_count_insert AFTER INSERT ON comments
WHEN NEW.status = 'PUBLISHED'
BEGIN
    INSERT OR IGNORE INTO comment_counts (article_id, published) VALUES (NEW.article_id, 0);
    UPDATE comment_counts SET published = published + 1 WHERE article_id = NEW.article_id;
END;

CREATE TRIGGER comments_count_update AFTER UPDATE OF status ON comments
WHEN (OLD.status = 'PUBLISHED') <> (NEW.status = 'PUBLISHED')
BEGIN
    INSERT OR IGNORE INTO comment_counts (article_id, published) VALUES (NEW.article_id, 0);
    UPDATE comment_counts
    SET published = published + CASE WHEN NEW.status = 'PUBLISHED' THEN 1 ELSE -1 END
    WHERE article_id = NEW.article_id;
END;

CREATE TRIGGER comments_count_delete AFTER DELETE ON comments
WHEN OLD.status = 'PUBLISHED'
BEGIN
    UPDATE comment_counts SET published = published - 1 WHERE article_id = OLD.article_id;
END;

-- One vote per reader per comment; the counts on comments follow by triggers.
CREATE TABLE comment_votes (
    comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    voter      TEXT    NOT NULL,
    value      INTEGER NOT NULL CHECK (value IN (-1, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (comment_id, voter)
);

CREATE TRIGGER comment_votes_insert AFTER INSERT ON comment_votes
BEGIN
    UPDATE comments
    SET likes = likes + CASE WHEN NEW.value = 1 THEN 1 ELSE 0 END,
        dislikes = dislikes + CASE WHEN NEW.value = -1 THEN 1 ELSE 0 END
    WHERE id = NEW.comment_id;
END;

CREATE TRIGGER comment_votes_update AFTER UPDATE OF value ON comment_votes
BEGIN
    UPDATE comments
    SET likes = likes + CASE WHEN NEW.value = 1 THEN 1 ELSE 0 END - CASE WHEN OLD.value = 1 THEN 1 ELSE 0 END,
        dislikes = dislikes + CASE WHEN NEW.value = -1 THEN 1 ELSE 0 END - CASE WHEN OLD.value = -1 THEN 1 ELSE 0 END
    WHERE id = NEW.comment_id;
END;

-- One report per reader per comment. Open reports have no resolved_at.
CREATE TABLE comment_reports (
    id          INTEGER PRIMARY KEY,
    comment_id  INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reporter    TEXT    NOT NULL,
    reason      TEXT    NOT NULL
        CHECK (reason IN ('INSULT', 'HATE', 'SPAM', 'FALSE_INFORMATION', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER')),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    resolved_at INTEGER,
    UNIQUE (comment_id, reporter)
);

CREATE INDEX comment_reports_open ON comment_reports (resolved_at, comment_id);

CREATE TRIGGER comment_reports_insert AFTER INSERT ON comment_reports
BEGIN
    UPDATE comments SET reports = reports + 1 WHERE id = NEW.comment_id;
END;

-- Commenters who may not comment: by commenter key, e-mail hash or address hash.
CREATE TABLE comment_bans (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('COMMENTER', 'EMAIL', 'IP')),
    value      TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT    NOT NULL,
    until      INTEGER,
    lifted_at  INTEGER
);

CREATE INDEX comment_bans_by_value ON comment_bans (value);

-- Words that reject (BANNED) or hold (SUSPECT) a comment, and exceptions (ALLOWED).
CREATE TABLE comment_terms (
    id         INTEGER PRIMARY KEY,
    term       TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL CHECK (kind IN ('BANNED', 'SUSPECT', 'ALLOWED')),
    created_at INTEGER NOT NULL,
    created_by TEXT    NOT NULL
);

-- Moderation settings admins change in the newsroom, and the key for hashing addresses.
CREATE TABLE comment_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
