package tr.manset.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;
import tr.manset.system.text.TurkishText;

@Repository
class ArticleStore {

    /** What a list of stories needs of each: no body, no authors. */
    record TeaserRow(long id, String slug, String headline, String spot, long categoryId, Long heroImageId,
                     String heroAlt, Instant firstPublishedAt, Instant updatedAt) {}

    private static final String TEASER_COLUMNS = """
            a.id, a.slug, a.headline, a.spot, a.category_id, a.hero_image_id, a.hero_alt,
            a.first_published_at, a.updated_at
            """;

    private final JdbcClient db;

    ArticleStore(JdbcClient db) {
        this.db = db;
    }

    long insert(Article article) {
        long id = db.sql("""
                INSERT INTO articles (slug, headline, spot, body, category_id, source,
                                      hero_image_id, hero_caption, hero_credit, hero_alt, status,
                                      first_published_at, updated_at, scheduled_at, created_at, modified_at)
                VALUES (:slug, :headline, :spot, :body, :categoryId, :source,
                        :heroImageId, :heroCaption, :heroCredit, :heroAlt, :status,
                        :firstPublishedAt, :updatedAt, :scheduledAt, :createdAt, :modifiedAt)
                RETURNING id
                """)
            .paramSource(params(article))
            .query(Long.class)
            .single();
        writeAuthorsAndTags(id, article);
        return id;
    }

    void update(Article article) {
        db.sql("""
                UPDATE articles
                SET slug = :slug, headline = :headline, spot = :spot, body = :body,
                    category_id = :categoryId, source = :source,
                    hero_image_id = :heroImageId, hero_caption = :heroCaption,
                    hero_credit = :heroCredit, hero_alt = :heroAlt, status = :status,
                    first_published_at = :firstPublishedAt, updated_at = :updatedAt,
                    scheduled_at = :scheduledAt, modified_at = :modifiedAt
                WHERE id = :id
                """)
            .paramSource(params(article))
            .update();
        db.sql("DELETE FROM article_authors WHERE article_id = :id").param("id", article.id()).update();
        db.sql("DELETE FROM article_tags WHERE article_id = :id").param("id", article.id()).update();
        writeAuthorsAndTags(article.id(), article);
    }

    Optional<Article> find(long id) {
        return db.sql("""
                SELECT id, slug, headline, spot, body, category_id, source,
                       hero_image_id, hero_caption, hero_credit, hero_alt, status,
                       first_published_at, updated_at, scheduled_at, created_at, modified_at
                FROM articles
                WHERE id = :id
                """)
            .param("id", id)
            .query(ArticleStore::toArticle)
            .optional()
            // Authors and tags are read after the row, never inside the row mapper: a query there
            // would hold two pooled connections at once and can starve the pool under load.
            .map(a -> a.withAuthorsAndTags(authorIds(a.id()), tags(a.id())));
    }

    /** Newest first: the stories of one listing, a page at a time. */
    List<TeaserRow> latest(Listing listing, int limit, int offset) {
        return db.sql("SELECT " + TEASER_COLUMNS + "FROM articles a " + listing.join() + """
                WHERE a.status = 'PUBLISHED'
                """ + listing.filter() + """
                ORDER BY a.first_published_at DESC, a.id DESC
                LIMIT :limit OFFSET :offset
                """)
            .params(listing.params())
            .param("limit", limit)
            .param("offset", offset)
            .query(ArticleStore::toTeaserRow)
            .list();
    }

    long count(Listing listing) {
        return db.sql("SELECT COUNT(*) FROM articles a " + listing.join() + """
                WHERE a.status = 'PUBLISHED'
                """ + listing.filter())
            .params(listing.params())
            .query(Long.class)
            .single();
    }

    Optional<Tag> findTag(String slug) {
        return db.sql("SELECT id, slug, name FROM tags WHERE slug = :slug")
            .param("slug", slug)
            .query(Tag.class)
            .optional();
    }

    /** The tag with this name's slug, created if it does not exist yet. */
    Tag tagNamed(String name) {
        String slug = TurkishText.slug(name);
        db.sql("""
                INSERT INTO tags (slug, name)
                VALUES (:slug, :name)
                ON CONFLICT (slug) DO NOTHING
                """)
            .param("slug", slug)
            .param("name", name.strip())
            .update();
        return findTag(slug).orElseThrow();
    }

    private void writeAuthorsAndTags(long id, Article article) {
        for (int i = 0; i < article.authorIds().size(); i++) {
            db.sql("""
                    INSERT INTO article_authors (article_id, author_id, position)
                    VALUES (:articleId, :authorId, :position)
                    """)
                .param("articleId", id)
                .param("authorId", article.authorIds().get(i))
                .param("position", i)
                .update();
        }
        for (int i = 0; i < article.tags().size(); i++) {
            db.sql("""
                    INSERT INTO article_tags (article_id, tag_id, position)
                    VALUES (:articleId, :tagId, :position)
                    """)
                .param("articleId", id)
                .param("tagId", article.tags().get(i).id())
                .param("position", i)
                .update();
        }
    }

    private List<Long> authorIds(long articleId) {
        return db.sql("""
                SELECT author_id
                FROM article_authors
                WHERE article_id = :id
                ORDER BY position
                """)
            .param("id", articleId)
            .query(Long.class)
            .list();
    }

    private List<Tag> tags(long articleId) {
        return db.sql("""
                SELECT t.id, t.slug, t.name
                FROM tags t
                JOIN article_tags at ON at.tag_id = t.id
                WHERE at.article_id = :id
                ORDER BY at.position
                """)
            .param("id", articleId)
            .query(Tag.class)
            .list();
    }

    private static Article toArticle(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        long heroImageId = rs.getLong("hero_image_id");
        HeroImage hero = rs.wasNull() ? null
            : new HeroImage(heroImageId, rs.getString("hero_caption"), rs.getString("hero_credit"), rs.getString("hero_alt"));
        return new Article(id, rs.getString("slug"), rs.getString("headline"), rs.getString("spot"),
            Body.fromJson(rs.getString("body")), rs.getLong("category_id"), List.of(), List.of(),
            rs.getString("source"), hero, Status.valueOf(rs.getString("status")),
            Timestamps.read(rs, "first_published_at"), Timestamps.read(rs, "updated_at"),
            Timestamps.read(rs, "scheduled_at"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "modified_at"));
    }

    private static TeaserRow toTeaserRow(ResultSet rs, int row) throws SQLException {
        long heroImageId = rs.getLong("hero_image_id");
        Long hero = rs.wasNull() ? null : heroImageId;
        return new TeaserRow(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"), rs.getString("spot"),
            rs.getLong("category_id"), hero, rs.getString("hero_alt"),
            Timestamps.read(rs, "first_published_at"), Timestamps.read(rs, "updated_at"));
    }

    private static MapSqlParameterSource params(Article a) {
        HeroImage hero = a.hero();
        return new MapSqlParameterSource()
            .addValue("id", a.id())
            .addValue("slug", a.slug())
            .addValue("headline", a.headline())
            .addValue("spot", a.spot())
            .addValue("body", a.body().toJson())
            .addValue("categoryId", a.categoryId())
            .addValue("source", a.source())
            .addValue("heroImageId", hero == null ? null : hero.imageId(), Types.BIGINT)
            .addValue("heroCaption", hero == null ? "" : hero.caption())
            .addValue("heroCredit", hero == null ? "" : hero.credit())
            .addValue("heroAlt", hero == null ? "" : hero.alt())
            .addValue("status", a.status().name())
            .addValue("firstPublishedAt", Timestamps.param(a.firstPublishedAt()), Types.TIMESTAMP)
            .addValue("updatedAt", Timestamps.param(a.updatedAt()), Types.TIMESTAMP)
            .addValue("scheduledAt", Timestamps.param(a.scheduledAt()), Types.TIMESTAMP)
            .addValue("createdAt", Timestamps.param(a.createdAt()), Types.TIMESTAMP)
            .addValue("modifiedAt", Timestamps.param(a.modifiedAt()), Types.TIMESTAMP);
    }
}
