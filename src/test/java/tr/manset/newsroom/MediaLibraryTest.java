package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteTest;
import tr.manset.staff.Role;

@SiteTest
class MediaLibraryTest {

    @Autowired Newsroom newsroom;
    @Autowired Browser browser;

    @Test
    void aReporterUploadsAnImageAndFindsItByItsTurkishDescription() {
        Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));

        HttpResponse<String> response = reporter.upload("/yonetim/medya", "dosya", jpeg(1600, 900),
            Map.of("alt", "Kadıköy İskelesi'nde yağmur", "altyazi", "Sabah saatlerinde", "hak", "Fotoğraf: Manşet"), "/yonetim/medya");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Document library = reporter.page("/yonetim/medya?ara=" + java.net.URLEncoder.encode("KADIKÖY İskelesi", StandardCharsets.UTF_8));
        assertThat(library.select(".flash").text()).contains("Görsel yüklendi");
        assertThat(library.select(".nr-media li")).hasSize(1);
        String src = library.select(".nr-media img").attr("src");
        assertThat(src).startsWith("/medya/").endsWith("/400.jpg");
        assertThat(browser.get(src).statusCode()).isEqualTo(200);
        String number = library.select(".nr-media strong").text().replace("No. ", "");
        HttpResponse<String> byId = browser.get("/medya/by-id/" + number);
        assertThat(byId.statusCode()).isEqualTo(302);
        assertThat(byId.headers().firstValue("Location").orElseThrow()).endsWith("/800.jpg");
    }

    @Test
    void refusesATextFileNamedLikeAPicture() {
        Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
        HttpResponse<String> response = reporter.upload("/yonetim/medya", "dosya",
            "bu bir görsel değil".getBytes(StandardCharsets.UTF_8), Map.of("alt", "Sahte"), "/yonetim/medya");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Jsoup.parse(response.body()).select(".flash-error").text()).startsWith("Dosya bir görsel değil");
    }

    @Test
    void refusesAnImageWithoutAltText() {
        Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
        HttpResponse<String> response = reporter.upload("/yonetim/medya", "dosya", jpeg(400, 300), Map.of("alt", " "), "/yonetim/medya");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAnUploadOverTheLimitWithATurkishPage() {
        Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
        HttpResponse<String> response = reporter.upload("/yonetim/medya", "dosya", new byte[21 * 1024 * 1024],
            Map.of("alt", "Büyük dosya"), "/yonetim/medya");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Dosya çok büyük");
    }

    @Test
    void keepsModeratorsOut() {
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        assertThat(moderator.get("/yonetim/medya").statusCode()).isEqualTo(403);
    }

    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
