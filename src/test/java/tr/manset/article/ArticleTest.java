package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    static Article draft() {
        return Article.draft("İzmir'de yağış uyarısı", "Özet", Body.of(new Block.Paragraph("Metin")), 1, List.of(1L),
            List.of(), "Manşet", null, T0);
    }

    @Test
    void takesItsSlugFromTheHeadline() {
        assertThat(draft().slug()).isEqualTo("izmirde-yagis-uyarisi");
        assertThat(draft().status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void setsTheFirstPublishedTimeOnFirstPublication() {
        Article published = draft().publishedAt(T0.plus(Duration.ofHours(1)));
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.firstPublishedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(published.wasUpdated()).isFalse();
    }

    @Test
    void keepsTheFirstPublishedTimeWhenPublishedAgain() {
        Article first = draft().publishedAt(T0);
        Article unpublished = first.unpublished(T0.plus(Duration.ofDays(1)));
        Article again = unpublished.publishedAt(T0.plus(Duration.ofDays(2)));
        assertThat(again.firstPublishedAt()).isEqualTo(T0);
    }

    @Test
    void marksASubstantiveUpdateOnlyOnAPublishedStory() {
        Article updated = draft().publishedAt(T0).updatedAt(T0.plus(Duration.ofMinutes(111)));
        assertThat(updated.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(111)));
        assertThat(updated.firstPublishedAt()).isEqualTo(T0);
        assertThatThrownBy(() -> draft().updatedAt(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToPublishTwice() {
        assertThatThrownBy(() -> draft().publishedAt(T0).publishedAt(T0)).isInstanceOf(IllegalStateException.class);
    }
}
