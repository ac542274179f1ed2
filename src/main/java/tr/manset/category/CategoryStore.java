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
}
