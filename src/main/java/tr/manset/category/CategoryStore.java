package tr.manset.category;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CategoryStore {

    private final JdbcClient db;

    CategoryStore(JdbcClient db) {
        this.db = db;
    }

    List<Category> findAll() {
        return db.sql("""
                SELECT id, slug, name, description, position
                FROM categories
                ORDER BY position, name
                """)
            .query(Category.class)
            .list();
    }

    long insert(String slug, String name, String description, int position) {
        return db.sql("""
                INSERT INTO categories (slug, name, description, position)
                VALUES (:slug, :name, :description, :position)
                RETURNING id
                """)
            .param("slug", slug)
            .param("name", name)
            .param("description", description)
            .param("position", position)
            .query(Long.class)
            .single();
    }

    void update(Category category) {
        db.sql("""
                UPDATE categories
                SET slug = :slug, name = :name, description = :description, position = :position
                WHERE id = :id
                """)
            .param("slug", category.slug())
            .param("name", category.name())
            .param("description", category.description())
            .param("position", category.position())
            .param("id", category.id())
            .update();
    }

    /** Remembers a slug the category no longer has; a later category may take it over. */
    void rememberOldSlug(String slug, long categoryId) {
        db.sql("""
                INSERT INTO category_old_slugs (slug, category_id)
                VALUES (:slug, :categoryId)
                ON CONFLICT (slug) DO UPDATE SET category_id = :categoryId
                """)
            .param("slug", slug)
            .param("categoryId", categoryId)
            .update();
    }

    void forgetOldSlug(String slug) {
        db.sql("DELETE FROM category_old_slugs WHERE slug = :slug").param("slug", slug).update();
    }

    java.util.Optional<Long> findByOldSlug(String slug) {
        return db.sql("SELECT category_id FROM category_old_slugs WHERE slug = :slug")
            .param("slug", slug)
            .query(Long.class)
            .optional();
    }
}
