-- The imprint (Künye) and contact details admins keep in the newsroom (tr.manset.pages): one
-- row. An empty string means "not entered yet", and the public pages say so. version counts the
-- saves, so two admins editing at once cannot overwrite each other unnoticed.
CREATE TABLE site_imprint (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    owner_name         TEXT    NOT NULL DEFAULT '',
    owner_company      TEXT    NOT NULL DEFAULT '',
    responsible_editor TEXT    NOT NULL DEFAULT '',
    editors            TEXT    NOT NULL DEFAULT '',
    address            TEXT    NOT NULL DEFAULT '',
    email              TEXT    NOT NULL DEFAULT '',
    phone              TEXT    NOT NULL DEFAULT '',
    uets_address       TEXT    NOT NULL DEFAULT '',
    host_name          TEXT    NOT NULL DEFAULT '',
    host_address       TEXT    NOT NULL DEFAULT '',
    news_tip_email     TEXT    NOT NULL DEFAULT '',
    correction_email   TEXT    NOT NULL DEFAULT '',
    contact_text       TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 0,
    updated_at         INTEGER,
    updated_by         INTEGER REFERENCES staff (id) ON DELETE SET NULL
);

INSERT INTO site_imprint (id) VALUES (1);

-- The text pages (editorial policy, KVKK notice, cookie policy) in the site's small markup. An
-- empty body means the text the application ships (src/main/resources/pages/), until an admin
-- saves one of their own.
CREATE TABLE site_texts (
    page       TEXT    PRIMARY KEY,
    body       TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    updated_by INTEGER REFERENCES staff (id) ON DELETE SET NULL
);

INSERT INTO site_texts (page) VALUES ('yayin-ilkeleri'), ('kvkk-aydinlatma-metni'), ('cerez-politikasi');
