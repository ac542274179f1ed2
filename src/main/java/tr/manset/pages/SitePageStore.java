package tr.manset.pages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/** SQL for the imprint row and the text pages; every write is conditional on the version read. */
@Repository
class SitePageStore {

    /** The text stored for a page ("" for the shipped one), its version and last save. */
    record StoredText(String body, long version, Instant updatedAt) {}

    private final JdbcClient db;

    SitePageStore(JdbcClient db) {
        this.db = db;
    }

    Imprint imprint() {
        return db.sql("""
                SELECT owner_name, owner_company, responsible_editor, editors, address, email, phone, uets_address,
                       host_name, host_address, news_tip_email, correction_email, contact_text, version, updated_at
                FROM site_imprint
                WHERE id = 1
                """)
            .query(SitePageStore::toImprint)
            .single();
    }

    /** Writes the imprint if it is still at {@code version}; answers whether it was. */
    boolean updateImprint(Imprint imprint, long version, Long staffId, Instant now) {
        return db.sql("""
                UPDATE site_imprint
                SET owner_name = :ownerName, owner_company = :ownerCompany, responsible_editor = :responsibleEditor,
                    editors = :editors, address = :address, email = :email, phone = :phone, uets_address = :uets,
                    host_name = :hostName, host_address = :hostAddress, news_tip_email = :newsTip,
                    correction_email = :correction, contact_text = :contactText,
                    version = version + 1, updated_at = :now, updated_by = :staffId
                WHERE id = 1 AND version = :version
                """)
            .param("ownerName", imprint.ownerName())
            .param("ownerCompany", imprint.ownerCompany())
            .param("responsibleEditor", imprint.responsibleEditor())
            .param("editors", imprint.editors())
            .param("address", imprint.address())
            .param("email", imprint.email())
            .param("phone", imprint.phone())
            .param("uets", imprint.uetsAddress())
            .param("hostName", imprint.hostName())
            .param("hostAddress", imprint.hostAddress())
            .param("newsTip", imprint.newsTipEmail())
            .param("correction", imprint.correctionEmail())
            .param("contactText", imprint.contactText())
            .param("now", Timestamps.param(now))
            .param("staffId", staffId, Types.BIGINT)
            .param("version", version)
            .update() == 1;
    }

    StoredText text(TextPage page) {
        return db.sql("""
                SELECT body, version, updated_at
                FROM site_texts
                WHERE page = :page
                """)
            .param("page", page.slug())
            .query((rs, row) -> new StoredText(rs.getString("body"), rs.getLong("version"), Timestamps.read(rs, "updated_at")))
            .optional()
            .orElse(new StoredText("", 0, null));
    }

    /** Writes a page's text if it is still at {@code version}; answers whether it was. */
    boolean updateText(TextPage page, String body, long version, Long staffId, Instant now) {
        return db.sql("""
                UPDATE site_texts
                SET body = :body, version = version + 1, updated_at = :now, updated_by = :staffId
                WHERE page = :page AND version = :version
                """)
            .param("body", body)
            .param("now", Timestamps.param(now))
            .param("staffId", staffId, Types.BIGINT)
            .param("page", page.slug())
            .param("version", version)
            .update() == 1;
    }

    private static Imprint toImprint(ResultSet rs, int row) throws SQLException {
        return new Imprint(rs.getString("owner_name"), rs.getString("owner_company"), rs.getString("responsible_editor"),
            rs.getString("editors"), rs.getString("address"), rs.getString("email"), rs.getString("phone"),
            rs.getString("uets_address"), rs.getString("host_name"), rs.getString("host_address"),
            rs.getString("news_tip_email"), rs.getString("correction_email"), rs.getString("contact_text"),
            rs.getLong("version"), Timestamps.read(rs, "updated_at"));
    }
}
