-- Replies are looked up by their parents. Most comments have no parent, and with statistics that
-- count those NULLs SQLite judged the index useless and scanned the whole table for every
-- article page; an index of replies only is small and always chosen.
DROP INDEX comments_replies;
CREATE INDEX comments_replies ON comments (parent_id, status, id) WHERE parent_id IS NOT NULL;
