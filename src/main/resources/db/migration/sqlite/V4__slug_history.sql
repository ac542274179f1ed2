-- Slugs a category had before: their old addresses answer 301 to the current one.
CREATE TABLE category_old_slugs (
    slug        TEXT    PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE
);
