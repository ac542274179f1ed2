package tr.manset.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;
import tr.manset.system.text.TurkishText;

@Repository
class ImageStore {

    private final JdbcClient db;

    ImageStore(JdbcClient db) {
        this.db = db;
    }

    Image insert(String storageKey, int width, int height, List<Integer> variants,
                 String alt, String caption, String credit, Instant now) {
        long id = db.sql("""
                INSERT INTO images (storage_key, width, height, variants, alt, caption, credit, created_at, search_text)
                VALUES (:key, :width, :height, :variants, :alt, :caption, :credit, :now, :search)
                RETURNING id
                """)
            .param("key", storageKey)
            .param("width", width)
            .param("height", height)
            .param("variants", variants.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .param("alt", alt)
            .param("caption", caption)
            .param("credit", credit)
            .param("now", Timestamps.param(now))
            .param("search", searchText(alt + " " + caption + " " + credit))
            .query(Long.class)
            .single();
        return new Image(id, storageKey, width, height, variants, alt, caption, credit);
    }

    Map<Long, Image> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.sql("""
                SELECT id, storage_key, width, height, variants, alt, caption, credit
                FROM images
                WHERE id IN (:ids)
                """)
            .param("ids", List.copyOf(ids))
            .query(ImageStore::toImage)
            .list()
            .stream()
            .collect(Collectors.toMap(Image::id, Function.identity()));
    }

    /** Newest first; {@code text} matches alt text, caption and credit with Turkish letters and case folded. */
    List<Image> search(String text, int limit, int offset) {
        String folded = searchText(text);
        return db.sql("""
                SELECT id, storage_key, width, height, variants, alt, caption, credit
                FROM images
                WHERE (:text = '' OR search_text LIKE :pattern)
                ORDER BY id DESC
                LIMIT :limit OFFSET :offset
                """)
            .param("text", folded)
            .param("pattern", "%" + folded + "%")
            .param("limit", limit)
            .param("offset", offset)
            .query(ImageStore::toImage)
            .list();
    }

    /** "Taksim'de Yağmur" → "taksimde-yagmur": the slug rules fold case, Turkish letters and punctuation alike. */
    private static String searchText(String text) {
        return TurkishText.slug(text == null ? "" : text, 10_000);
    }

    private static Image toImage(ResultSet rs, int row) throws SQLException {
        List<Integer> variants = Arrays.stream(rs.getString("variants").split(","))
            .map(Integer::valueOf)
            .toList();
        return new Image(rs.getLong("id"), rs.getString("storage_key"), rs.getInt("width"), rs.getInt("height"),
            variants, rs.getString("alt"), rs.getString("caption"), rs.getString("credit"));
    }
}
