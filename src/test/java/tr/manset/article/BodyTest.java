package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyTest {

    @Test
    void survivesTheRoundTripThroughJson() {
        Body body = Body.of(
            new Block.Paragraph("Bir <em>paragraf</em> ve <a href=\"https://example.org/x\">bağlantı</a>."),
            new Block.Heading("Ara başlık"),
            new Block.Bullets(true, List.of("bir", "iki")),
            new Block.Quote("Söz", "Konuşan"),
            new Block.Figure(7, "Alt yazı", "Fotoğraf: Manşet", "Tarif"),
            new Block.Embed("https://www.youtube.com/watch?v=abcdefghijk"));
        assertThat(Body.fromJson(body.toJson())).isEqualTo(body);
        assertThat(body.toJson()).contains("\"type\":\"paragraph\"").contains("\"type\":\"list\"");
    }

    @Test
    void keepsOnlyAllowedInlineMarkup() {
        Block.Paragraph paragraph = new Block.Paragraph(
            "<b onclick=\"x()\">kalın</b> <img src=x onerror=alert(1)><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">kötü</a> <a href=\"https://example.org\" style=\"color:red\">iyi</a>");
        assertThat(paragraph.text()).isEqualTo(
            "<b>kalın</b> <a rel=\"noopener\">kötü</a> <a href=\"https://example.org\" rel=\"noopener\">iyi</a>");
    }

    @Test
    void sanitizesWhatComesFromStoredJsonToo() {
        Body body = Body.fromJson("[{\"type\":\"paragraph\",\"text\":\"<iframe src=//evil></iframe>metin\"},"
            + "{\"type\":\"heading\",\"text\":\"<b>Başlık</b>\"}]");
        assertThat(body.blocks()).containsExactly(new Block.Paragraph("metin"), new Block.Heading("Başlık"));
    }

    @Test
    void refusesEmbedsThatAreNotWebAddresses() {
        assertThatThrownBy(() -> new Block.Embed("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheEmbeddedPlatform() {
        assertThat(new Block.Embed("https://youtu.be/abcdefghijk").provider()).isEqualTo("YouTube");
        assertThat(new Block.Embed("https://x.com/manset/status/1").provider()).isEqualTo("X");
        assertThat(new Block.Embed("https://www.example.org/video").provider()).isEqualTo("example.org");
    }

    @Test
    void refusesBrokenJsonWithAClearMessage() {
        assertThatThrownBy(() -> Body.fromJson("[{\"type\":\"marquee\"}]"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("article body is not valid");
    }

    @Test
    void countsWordsForReadingTime() {
        Body body = Body.of(new Block.Paragraph("bir <b>iki</b> üç"), new Block.Bullets(false, List.of("dört beş")));
        assertThat(body.wordCount()).isEqualTo(5);
    }
}
