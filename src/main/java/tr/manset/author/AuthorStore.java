package tr.manset.author;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuthorStore {

    /** An author row with the id of their photo, which the media module resolves. */
    record Row(long id, String slug, String name, String title, String bio, Long photoId) {}

    private final JdbcClient db;

    AuthorStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Row> findBySlug(String slug) {
        return db.sql("""
                SELECT id, slug, name, title, bio, photo_id
                FROM authors
                WHERE slug = :slug
                """)
            .param("slug", slug)
            .query(AuthorStore::toRow)
            .optional();
    }

    List<Row> findAll() {
        return db.sql("""
                SELECT id, slug, name, title, bio, photo_id
                FROM authors
                ORDER BY name
                """)
            .query(AuthorStore::toRow)
            .list();
    }

    List<Row> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                SELECT id, slug, name, title, bio, photo_id
                FROM authors
                WHERE id IN (:ids)
                """)
            .param("ids", List.copyOf(ids))
            .query(AuthorStore::toRow)
            .list();
    }

    long insert(String slug, String name, String title, String bio, Long photoId) {
        return db.sql("""
                INSERT INTO authors (slug, name, title, bio, photo_id)
                VALUES (:slug, :name, :title, :bio, :photoId)
                RETURNING id
                """)
            .param("slug", slug)
            .param("name", name)
            .param("title", title)
            .param("bio", bio)
            .param("photoId", photoId, java.sql.Types.BIGINT)
            .query(Long.class)
            .single();
    }

    void update(long id, String name, String title, String bio, Long photoId) {
        db.sql("""
                UPDATE authors
                SET name = :name, title = :title, bio = :bio, photo_id = :photoId
                WHERE id = :id
                """)
            .param("name", name)
            .param("title", title)
            .param("bio", bio)
            .param("photoId", photoId, java.sql.Types.BIGINT)
            .param("id", id)
            .update();
    }

    Optional<Row> find(long id) {
        return db.sql("""
                SELECT id, slug, name, title, bio, photo_id
                FROM authors
                WHERE id = :id
                """)
            .param("id", id)
            .query(AuthorStore::toRow)
            .optional();
    }

    private static Row toRow(ResultSet rs, int row) throws SQLException {
        long photoId = rs.getLong("photo_id");
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("title"),
            rs.getString("bio"), rs.wasNull() ? null : photoId);
    }
}
