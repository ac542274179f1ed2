package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.staff.Role;

@SiteTest
class ArticleStoreTest {

    @Autowired Articles articles;
    @Autowired SiteFixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired NewsDesk desk;
    @Autowired tr.manset.Newsroom newsroom;

    @Test
    void readsBackWhatItStored() {
        Category economy = fixtures.category("Ekonomi");
        Author first = fixtures.author("Elif Tunçer", "Ekonomi Editörü");
        Author second = fixtures.author("Selin Aydınlı", "Muhabir");
        Instant published = Instant.parse("2026-05-04T06:30:15.123Z");
        Instant updated = Instant.parse("2026-05-04T09:02:00Z");
        Body body = Body.of(new Block.Paragraph("Metin"), new Block.Bullets(true, List.of("bir", "iki")));

        Article stored = fixtures.story("Faiz kararı: \"Beklenen oldu\"")
            .spot("Kurul faizi sabit tuttu.")
            .in(economy)
            .by(second, first)
            .tagged("Merkez Bankası", "Faiz")
            .source("Ege Haber Servisi")
            .body(body.blocks().toArray(Block[]::new))
            .publishedAt(published)
            .updatedAt(updated)
            .publish();

        Article found = articles.findPublished(stored.id()).orElseThrow();
        assertThat(found.headline()).isEqualTo("Faiz kararı: \"Beklenen oldu\"");
        assertThat(found.slug()).isEqualTo("faiz-karari-beklenen-oldu");
        assertThat(found.spot()).isEqualTo("Kurul faizi sabit tuttu.");
        assertThat(found.categoryId()).isEqualTo(economy.id());
        assertThat(found.authorIds()).containsExactly(second.id(), first.id());
        assertThat(found.tags()).extracting(Tag::slug).containsExactly("merkez-bankasi", "faiz");
        assertThat(found.source()).isEqualTo("Ege Haber Servisi");
        assertThat(found.body()).isEqualTo(body);
        assertThat(found.status()).isEqualTo(Status.PUBLISHED);
        assertThat(found.firstPublishedAt()).isEqualTo(published.truncatedTo(ChronoUnit.MILLIS));
        assertThat(found.updatedAt()).isEqualTo(updated);
        assertThat(found.hero()).isNotNull();
        assertThat(found.hero().credit()).isEqualTo("Fotoğraf: Manşet");
    }

    @Test
    void neverLetsTheFirstPublishedTimeChange() {
        Article stored = fixtures.story("Kalıcı yayın zamanı").publishedAt(Instant.parse("2026-02-01T10:00:00Z")).publish();

        assertThatThrownBy(() -> db.sql("UPDATE articles SET first_published_at = :later WHERE id = :id")
                .param("later", Timestamp.from(Instant.parse("2026-02-02T10:00:00Z")))
                .param("id", stored.id())
                .update())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("first_published_at cannot change once set");
        assertThat(articles.findPublished(stored.id()).orElseThrow().firstPublishedAt())
            .isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
    }

    @Test
    void marksAnUpdateWithoutTouchingTheFirstPublishedTime() {
        Article stored = fixtures.story("Güncellenecek haber").publishedAt(Instant.parse("2026-02-01T10:00:00Z")).publish();

        Article updated = desk.markUpdated(stored.id(), newsroom.member(Role.EDITOR_IN_CHIEF), "");

        Article found = articles.findPublished(stored.id()).orElseThrow();
        assertThat(found.firstPublishedAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(found.updatedAt()).isEqualTo(updated.updatedAt()).isAfter(found.firstPublishedAt());
    }

    @Test
    void keepsDraftsAwayFromReaders() {
        Article draft = fixtures.story("Taslak haber").saveAsDraft();
        assertThat(articles.find(draft.id())).map(Article::status).contains(Status.DRAFT);
        assertThat(articles.findPublished(draft.id())).isEmpty();
        assertThat(articles.latest(100)).extracting(Teaser::id).doesNotContain(draft.id());
    }

    @Test
    void reusesATagWhoseNameDiffersOnlyInCase() {
        Tag first = articles.tag("İklim Zirvesi");
        Tag second = articles.tag("iklim zirvesi");
        assertThat(second).isEqualTo(first);
        assertThat(first.slug()).isEqualTo("iklim-zirvesi");
    }
}
