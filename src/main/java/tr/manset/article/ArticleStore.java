package tr.manset.article;

import tr.manset.comment.CommentMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    private static final String ARTICLE_COLUMNS = """
            a.id, a.slug, a.headline, a.spot, a.body, a.category_id, a.source,
            a.hero_image_id, a.hero_caption, a.hero_credit, a.hero_alt, a.status,
            a.first_published_at, a.updated_at, a.scheduled_at, a.created_at, a.modified_at,
            a.version, a.lead_rank, a.comment_mode, a.created_by
            """;

    private final JdbcClient db;

    ArticleStore(JdbcClient db) {
        this.db = db;
    }

    long insert(Article article) {
        long id = db.sql("""
                INSERT INTO articles (slug, headline, spot, body, category_id, source,
                                      hero_image_id, hero_caption, hero_credit, hero_alt, status,
                                      first_published_at, updated_at, scheduled_at, created_at, modified_at,
                                      version, lead_rank, comment_mode, created_by)
                VALUES (:slug, :headline, :spot, :body, :categoryId, :source,
                        :heroImageId, :heroCaption, :heroCredit, :heroAlt, :status,
                        :firstPublishedAt, :updatedAt, :scheduledAt, :createdAt, :modifiedAt,
                        1, :leadRank, :commentMode, :createdBy)
                RETURNING id
                """)
            .paramSource(params(article))
            .query(Long.class)
            .single();
        writeAuthorsAndTags(id, article);
        return id;
    }

    /**
     * Writes the story if it is still at the version it was read at, and moves it to the next
     * version. Returns false, changing nothing, when someone else saved in between.
     */
    boolean update(Article article) {
        int changed = db.sql("""
                UPDATE articles
                SET slug = :slug, headline = :headline, spot = :spot, body = :body,
                    category_id = :categoryId, source = :source,
                    hero_image_id = :heroImageId, hero_caption = :heroCaption,
                    hero_credit = :heroCredit, hero_alt = :heroAlt, status = :status,
                    first_published_at = :firstPublishedAt, updated_at = :updatedAt,
                    scheduled_at = :scheduledAt, modified_at = :modifiedAt,
                    lead_rank = :leadRank, comment_mode = :commentMode,
                    version = version + 1
                WHERE id = :id AND version = :version
                """)
            .paramSource(params(article))
            .update();
        if (changed == 0) {
            return false;
        }
        db.sql("DELETE FROM article_authors WHERE article_id = :id").param("id", article.id()).update();
        db.sql("DELETE FROM article_tags WHERE article_id = :id").param("id", article.id()).update();
        writeAuthorsAndTags(article.id(), article);
        return true;
    }

    /**
     * Deletes a story readers never saw, if it is still at the version it was read at; its
     * revisions, authors and tags go with it (the foreign keys cascade). Returns false, deleting
     * nothing, when it changed in between or was published meanwhile.
     */
    boolean delete(long id, int version) {
        return db.sql("""
                DELETE FROM articles
                WHERE id = :id AND version = :version AND first_published_at IS NULL
                  AND status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED')
                """)
            .param("id", id)
            .param("version", version)
            .update() == 1;
    }

    /** Scheduled stories whose time has come, oldest first. */
    List<Long> dueForPublication(Instant now) {
        return db.sql("""
                SELECT id
                FROM articles
                WHERE status = 'SCHEDULED' AND scheduled_at <= :now
                ORDER BY scheduled_at, id
                """)
            .param("now", Timestamps.param(now))
            .query(Long.class)
            .list();
    }

    Optional<Article> find(long id) {
        return db.sql("SELECT " + ARTICLE_COLUMNS + """
                FROM articles a
                WHERE a.id = :id
                """)
            .param("id", id)
            .query(ArticleStore::toArticle)
            .optional()
            // Authors and tags are read after the row, never inside the row mapper: a query there
            // would hold two pooled connections at once and can starve the pool under load.
            .map(a -> a.withAuthorsAndTags(authorIds(a.id()), tags(a.id())));
    }

    /** Published stories with ids above {@code afterId}, in id order, authors and tags read in two queries. */
    List<Article> publishedAfter(long afterId, int limit) {
        return withAuthorsAndTags(db.sql("SELECT " + ARTICLE_COLUMNS + """
                FROM articles a
                WHERE a.status = 'PUBLISHED' AND a.id > :after
                ORDER BY a.id
                LIMIT :limit
                """)
            .param("after", afterId)
            .param("limit", limit)
            .query(ArticleStore::toArticle)
            .list());
    }

    /** Newest first: the published stories of one listing, whole, with authors and tags read in two queries. */
    List<Article> latestStories(Listing listing, int limit) {
        return withAuthorsAndTags(db.sql("SELECT " + ARTICLE_COLUMNS + "FROM articles a " + listing.join() + """
                WHERE a.status = 'PUBLISHED'
                """ + listing.filter() + """
                ORDER BY a.first_published_at DESC, a.id DESC
                LIMIT :limit
                """)
            .params(listing.params())
            .param("limit", limit)
            .query(ArticleStore::toArticle)
            .list());
    }

    /** The stories with their authors and tags, in two queries for all of them. */
    private List<Article> withAuthorsAndTags(List<Article> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(Article::id).toList();
        Map<Long, List<Long>> authors = new HashMap<>();
        db.sql("SELECT article_id, author_id FROM article_authors WHERE article_id IN (:ids) ORDER BY article_id, position")
            .param("ids", ids)
            .query((rs, row) -> new long[] {rs.getLong("article_id"), rs.getLong("author_id")})
            .list()
            .forEach(pair -> authors.computeIfAbsent(pair[0], id -> new ArrayList<>()).add(pair[1]));
        Map<Long, List<Tag>> tags = new HashMap<>();
        db.sql("""
                SELECT at.article_id, t.id, t.slug, t.name
                FROM tags t JOIN article_tags at ON at.tag_id = t.id
                WHERE at.article_id IN (:ids)
                ORDER BY at.article_id, at.position
                """)
            .param("ids", ids)
            .query((rs, row) -> Map.entry(rs.getLong("article_id"), new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"))))
            .list()
            .forEach(e -> tags.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return rows.stream()
            .map(a -> a.withAuthorsAndTags(authors.getOrDefault(a.id(), List.of()), tags.getOrDefault(a.id(), List.of())))
            .toList();
    }

    long publishedCount() {
        return db.sql("SELECT COUNT(*) FROM articles WHERE status = 'PUBLISHED'").query(Long.class).single();
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

    /** The first publication times of the oldest and the newest published story; both null when none is published. */
    Instant[] publishedRange() {
        return db.sql("""
                SELECT MIN(first_published_at) AS oldest, MAX(first_published_at) AS newest
                FROM articles
                WHERE status = 'PUBLISHED'
                """)
            .query((rs, row) -> new Instant[] {Timestamps.read(rs, "oldest"), Timestamps.read(rs, "newest")})
            .single();
    }

    /** The newest update or first publication among stories first published in [from, to); null when there are none. */
    Instant lastModifiedBetween(Instant from, Instant to) {
        return db.sql("""
                SELECT MAX(COALESCE(updated_at, first_published_at)) AS last_modified
                FROM articles
                WHERE status = 'PUBLISHED' AND first_published_at >= :from AND first_published_at < :to
                """)
            .param("from", Timestamps.param(from))
            .param("to", Timestamps.param(to))
            .query((rs, row) -> Timestamps.read(rs, "last_modified"))
            .optional()
            .orElse(null);
    }

    /** Published stories first published in [from, to), newest first. */
    List<TeaserRow> publishedBetween(Instant from, Instant to, int limit) {
        return db.sql("SELECT " + TEASER_COLUMNS + """
                FROM articles a
                WHERE a.status = 'PUBLISHED' AND a.first_published_at >= :from AND a.first_published_at < :to
                ORDER BY a.first_published_at DESC, a.id DESC
                LIMIT :limit
                """)
            .param("from", Timestamps.param(from))
            .param("to", Timestamps.param(to))
            .param("limit", limit)
            .query(ArticleStore::toTeaserRow)
            .list();
    }

    /** Tags that at least one published story carries, by slug. */
    List<Tag> publishedTags(int limit) {
        return db.sql("""
                SELECT t.id, t.slug, t.name
                FROM tags t
                WHERE EXISTS (SELECT 1 FROM article_tags at JOIN articles a ON a.id = at.article_id
                              WHERE at.tag_id = t.id AND a.status = 'PUBLISHED')
                ORDER BY t.slug
                LIMIT :limit
                """)
            .param("limit", limit)
            .query(Tag.class)
            .list();
    }

    /** Published stories among these ids, in no particular order; an empty list asks nothing. */
    List<TeaserRow> publishedTeasers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT " + TEASER_COLUMNS + """
                FROM articles a
                WHERE a.status = 'PUBLISHED' AND a.id IN (:ids)
                """)
            .param("ids", ids)
            .query(ArticleStore::toTeaserRow)
            .list();
    }

    /** Which of these ids are published stories; an empty list asks nothing. */
    List<Long> publishedIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT id FROM articles WHERE status = 'PUBLISHED' AND id IN (:ids)")
            .param("ids", ids)
            .query(Long.class)
            .list();
    }

    /** Published stories the editors placed in the manşet, by their place. */
    List<TeaserRow> leads(int limit) {
        return db.sql("SELECT " + TEASER_COLUMNS + """
                FROM articles a
                WHERE a.status = 'PUBLISHED' AND a.lead_rank IS NOT NULL
                ORDER BY a.lead_rank, a.first_published_at DESC
                LIMIT :limit
                """)
            .param("limit", limit)
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

    /** The newsroom's list: any status, filtered and sorted as asked. */
    List<DeskRow> desk(DeskQuery query) {
        return db.sql("""
                SELECT a.id, a.headline, a.status, a.category_id, c.name AS category_name, a.created_by,
                       s.name AS created_by_name, a.modified_at, a.first_published_at, a.scheduled_at, a.lead_rank
                FROM articles a
                JOIN categories c ON c.id = a.category_id
                LEFT JOIN staff s ON s.id = a.created_by
                """ + DESK_FILTER + "ORDER BY " + deskOrder(query.sort()) + """

                LIMIT :limit OFFSET :offset
                """)
            .params(deskParams(query))
            .param("limit", query.size())
            .param("offset", (query.page() - 1) * query.size())
            .query((rs, n) -> new DeskRow(rs.getLong("id"), rs.getString("headline"), Status.valueOf(rs.getString("status")),
                rs.getLong("category_id"), rs.getString("category_name"), nullableLong(rs, "created_by"),
                rs.getString("created_by_name"), Timestamps.read(rs, "modified_at"),
                Timestamps.read(rs, "first_published_at"), Timestamps.read(rs, "scheduled_at"), nullableInt(rs, "lead_rank")))
            .list();
    }

    long deskCount(DeskQuery query) {
        return db.sql("SELECT COUNT(*) FROM articles a\n" + DESK_FILTER)
            .params(deskParams(query))
            .query(Long.class)
            .single();
    }

    private static final String DESK_FILTER = """
            WHERE (:status = '' OR a.status = :status)
              AND (:categoryId = 0 OR a.category_id = :categoryId)
              AND (:createdBy = 0 OR a.created_by = :createdBy)
              AND (:authorId = 0 OR EXISTS (SELECT 1 FROM article_authors aa
                                           WHERE aa.article_id = a.id AND aa.author_id = :authorId))
              AND (:text = '' OR a.slug LIKE :text)
            """;

    private static String deskOrder(String sort) {
        return switch (sort) {
            case "published" -> "a.first_published_at DESC, a.id DESC";
            case "headline" -> "a.headline, a.id";
            default -> "a.modified_at DESC, a.id DESC";
        };
    }

    private static java.util.Map<String, Object> deskParams(DeskQuery query) {
        // Headlines are searched through their slug: Turkish letters and case already folded, same on both databases.
        String text = query.text() == null || query.text().isBlank() ? "" : "%" + TurkishText.slug(query.text()) + "%";
        return java.util.Map.of(
            "status", query.status() == null ? "" : query.status().name(),
            "categoryId", query.categoryId() == null ? 0L : query.categoryId(),
            "createdBy", query.createdBy() == null ? 0L : query.createdBy(),
            "authorId", query.authorId() == null ? 0L : query.authorId(),
            "text", text);
    }

    List<TagUse> tagUses() {
        return db.sql("""
                SELECT t.id, t.slug, t.name, COUNT(at.article_id) AS stories
                FROM tags t
                LEFT JOIN article_tags at ON at.tag_id = t.id
                GROUP BY t.id, t.slug, t.name
                ORDER BY t.name
                """)
            .query((rs, n) -> new TagUse(new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")), rs.getLong("stories")))
            .list();
    }

    Optional<Tag> findTag(long id) {
        return db.sql("SELECT id, slug, name FROM tags WHERE id = :id")
            .param("id", id)
            .query(Tag.class)
            .optional();
    }

    void renameTag(long id, String name) {
        db.sql("UPDATE tags SET name = :name, slug = :slug WHERE id = :id")
            .param("name", name.strip())
            .param("slug", TurkishText.slug(name))
            .param("id", id)
            .update();
    }

    /** Moves every story of one tag to another and removes the first. */
    void mergeTag(long fromId, long intoId) {
        db.sql("""
                INSERT INTO article_tags (article_id, tag_id, position)
                SELECT article_id, :intoId, position
                FROM article_tags
                WHERE tag_id = :fromId
                ON CONFLICT (article_id, tag_id) DO NOTHING
                """)
            .param("fromId", fromId)
            .param("intoId", intoId)
            .update();
        db.sql("DELETE FROM article_tags WHERE tag_id = :fromId").param("fromId", fromId).update();
        db.sql("DELETE FROM tags WHERE id = :fromId").param("fromId", fromId).update();
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
            Timestamps.read(rs, "scheduled_at"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "modified_at"),
            rs.getInt("version"), nullableInt(rs, "lead_rank"), CommentMode.valueOf(rs.getString("comment_mode")),
            nullableLong(rs, "created_by"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
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
            .addValue("modifiedAt", Timestamps.param(a.modifiedAt()), Types.TIMESTAMP)
            .addValue("version", a.version())
            .addValue("leadRank", a.leadRank(), Types.INTEGER)
            .addValue("commentMode", a.commentMode().name())
            .addValue("createdBy", a.createdBy(), Types.BIGINT);
    }
}
