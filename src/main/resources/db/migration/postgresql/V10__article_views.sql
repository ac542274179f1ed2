-- Page views of published stories, one row per story per hour (UTC). Views are counted in
-- memory and added here in batches (tr.manset.reads.ViewCounter), never one write per view.
-- hour is the start of the hour.
CREATE TABLE article_views (
    article_id BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hour       TIMESTAMPTZ NOT NULL,
    views      BIGINT      NOT NULL CHECK (views > 0),
    PRIMARY KEY (article_id, hour)
);

-- The most-read lists sum the buckets of the last 24 hours or 7 days: a range of hours, with
-- the story and its views in the index so the table itself is not read.
CREATE INDEX article_views_by_hour ON article_views (hour, article_id, views);
