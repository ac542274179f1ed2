package tr.manset.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;

/** The per-client and per-story limits answer 429 with a Turkish message and store nothing more. */
@SiteTest
@TestPropertySource(properties = {"manset.comments.posts-per-client-per-minute=3",
    "manset.comments.posts-per-article-per-minute=100000", "manset.comments.actions-per-client-per-minute=4"})
class RateLimitTest {

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired RateLimits limits;
    @Autowired Commenting commenting;

    @Test
    void oneClientPostsAtMostItsLimitInAMinute() {
        limits.clear();
        Article article = fixtures.story("Hız sınırı").in(fixtures.category("Sınırlar")).publish();
        Reader reader = new Reader(browser);
        for (int i = 1; i <= 3; i++) {
            assertThat(reader.comment(article.id(), "Okur", "hiz" + i + "@example.com", "Yorum " + i).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> fourth = reader.comment(article.id(), "Okur", "hiz4@example.com", "Yorum 4");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(fourth.body()).text()).contains("Çok kısa sürede çok yorum gönderdiniz");
        assertThat(Jsoup.parse(fourth.body()).select("textarea[name=metin]").text()).isEqualTo("Yorum 4");

        // Another client is not held back by the first one's limit.
        var other = commenting.post(new Commenting.Submission(article.id(), null, "Başka Okur", "baska@example.com",
            "Başka bir bilgisayardan.", ""), new Commenting.Client("192.0.2.7"));
        assertThat(other.comment().published()).isTrue();
    }

    @Test
    void votesAndReportsAreLimitedToo() {
        limits.clear();
        Article article = fixtures.story("Oy sınırı").in(fixtures.category("Sınırlar")).publish();
        var posted = commenting.post(new Commenting.Submission(article.id(), null, "Okur", "oy@example.com",
            "Oylanacak yorum.", ""), new Commenting.Client("192.0.2.8"));
        Reader reader = new Reader(browser);
        for (int i = 0; i < 4; i++) {
            assertThat(reader.vote(posted.comment().id(), "begen").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> fifth = reader.vote(posted.comment().id(), "begen");
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body()).contains("Çok kısa sürede çok işlem yaptınız");
    }
}
