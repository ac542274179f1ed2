-- Folded text of an image's alt text, caption and credit, for the media library's search.
ALTER TABLE images ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
