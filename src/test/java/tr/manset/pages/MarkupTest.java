package tr.manset.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tr.manset.pages.Markup.Heading;
import tr.manset.pages.Markup.Items;
import tr.manset.pages.Markup.Paragraph;
import tr.manset.pages.Markup.Span;

class MarkupTest {

    @Test
    void blankLinesHeadingsAndDashesMakeParagraphsHeadingsAndLists() {
        List<Markup.Block> blocks = Markup.parse("""
            Birinci satır
            aynı paragraf.

            ## Başlık Bir
            - madde bir
              devamı
            - madde iki
            Liste bitti.
            ## Başlık Bir
            """);

        assertThat(blocks).containsExactly(
            new Paragraph(List.of(text("Birinci satır aynı paragraf."))),
            new Heading("Başlık Bir", "baslik-bir"),
            new Items(List.of(List.of(text("madde bir devamı")), List.of(text("madde iki")))),
            new Paragraph(List.of(text("Liste bitti."))),
            new Heading("Başlık Bir", "baslik-bir-2"));
    }

    @Test
    void linksBoldAndBareAddressesBecomeSpans() {
        assertThat(Markup.inline("Bkz. **önemli**, [Künye](/kunye) ve https://ornek.example/a?b=1.")).containsExactly(
            text("Bkz. "), new Span("önemli", null, true), text(", "), new Span("Künye", "/kunye", false), text(" ve "),
            new Span("https://ornek.example/a?b=1", "https://ornek.example/a?b=1", false), text("."));
        assertThat(Markup.inline("[yaz](mailto:okur@ornek.example)"))
            .containsExactly(new Span("yaz", "mailto:okur@ornek.example", false));
    }

    @Test
    void unsafeTargetsStayText() {
        for (String target : List.of("javascript:alert(1)", "//kotu.example", "/\\kotu.example", "http://duz.example",
            "data:text/html,x", "mailto:")) {
            String source = "[tıkla](" + target + ")";
            assertThat(Markup.inline(source)).as(target).noneMatch(Span::link);
            assertThat(Markup.inline(source).stream().map(Span::text).reduce("", String::concat)).as(target).isEqualTo(source);
        }
    }

    @Test
    void aDashOrHashAloneIsText() {
        assertThat(Markup.parse("-\n##\n- ")).containsExactly(new Paragraph(List.of(text("- ## -"))));
    }

    private static Span text(String text) {
        return new Span(text, null, false);
    }
}
