-- A feed of changed stories, written by triggers whatever code makes the change. Every node
-- reads it to keep its own search index in step (a node remembers the last seq it applied).
CREATE TABLE article_changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL,
    changed_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);

CREATE INDEX article_changes_at ON article_changes (changed_at);

CREATE TRIGGER articles_changed_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO article_changes (article_id) VALUES (NEW.id);
END;

CREATE TRIGGER articles_changed_update AFTER UPDATE ON articles
BEGIN
    INSERT INTO article_changes (article_id) VALUES (NEW.id);
END;

CREATE TRIGGER articles_changed_delete AFTER DELETE ON articles
BEGIN
    INSERT INTO article_changes (article_id) VALUES (OLD.id);
END;

CREATE TRIGGER article_tags_changed_insert AFTER INSERT ON article_tags
BEGIN
    INSERT INTO article_changes (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER article_tags_changed_delete AFTER DELETE ON article_tags
BEGIN
    INSERT INTO article_changes (article_id) VALUES (OLD.article_id);
END;

CREATE TRIGGER article_authors_changed_insert AFTER INSERT ON article_authors
BEGIN
    INSERT INTO article_changes (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER article_authors_changed_delete AFTER DELETE ON article_authors
BEGIN
    INSERT INTO article_changes (article_id) VALUES (OLD.article_id);
END;

CREATE TRIGGER tags_changed AFTER UPDATE OF name ON tags
BEGIN
    INSERT INTO article_changes (article_id) SELECT article_id FROM article_tags WHERE tag_id = NEW.id;
END;

CREATE TRIGGER authors_changed AFTER UPDATE OF name ON authors
BEGIN
    INSERT INTO article_changes (article_id) SELECT article_id FROM article_authors WHERE author_id = NEW.id;
END;

CREATE TRIGGER categories_changed AFTER UPDATE OF name, slug ON categories
BEGIN
    INSERT INTO article_changes (article_id) SELECT id FROM articles WHERE category_id = NEW.id;
END;
