-- Content: categories, authors, tags, images and articles.
-- Instants are epoch milliseconds (the SQLite driver's representation of a timestamp), UTC.

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE images (
    id          INTEGER PRIMARY KEY,
    storage_key TEXT    NOT NULL UNIQUE,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    variants    TEXT    NOT NULL,
    alt         TEXT    NOT NULL DEFAULT '',
    caption     TEXT    NOT NULL DEFAULT '',
    credit      TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE authors (
    id       INTEGER PRIMARY KEY,
    slug     TEXT    NOT NULL UNIQUE,
    name     TEXT    NOT NULL,
    title    TEXT    NOT NULL DEFAULT '',
    bio      TEXT    NOT NULL DEFAULT '',
    photo_id INTEGER REFERENCES images (id)
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT    NOT NULL,
    headline           TEXT    NOT NULL,
    spot               TEXT    NOT NULL DEFAULT '',
    body               TEXT    NOT NULL,
    category_id        INTEGER NOT NULL REFERENCES categories (id),
    source             TEXT    NOT NULL DEFAULT '',
    hero_image_id      INTEGER REFERENCES images (id),
    hero_caption       TEXT    NOT NULL DEFAULT '',
    hero_credit        TEXT    NOT NULL DEFAULT '',
    hero_alt           TEXT    NOT NULL DEFAULT '',
    status             TEXT    NOT NULL
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    first_published_at INTEGER,
    updated_at         INTEGER,
    scheduled_at       INTEGER,
    created_at         INTEGER NOT NULL,
    modified_at        INTEGER NOT NULL
);

CREATE INDEX articles_by_status_time ON articles (status, first_published_at DESC);
CREATE INDEX articles_by_category ON articles (category_id, status, first_published_at DESC);

-- The first-published time is shown to readers and must never change once set (Press Law).
CREATE TRIGGER articles_first_published_at_is_permanent
BEFORE UPDATE OF first_published_at ON articles
WHEN OLD.first_published_at IS NOT NULL AND NEW.first_published_at IS NOT OLD.first_published_at
BEGIN
    SELECT RAISE(ABORT, 'first_published_at cannot change once set');
END;

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);

CREATE INDEX article_authors_by_author ON article_authors (author_id);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX article_tags_by_tag ON article_tags (tag_id);
