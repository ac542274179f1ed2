package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyHtmlTest {

    @Nested
    class RoundTrip {

        static Stream<Body> bodies() {
            return Stream.of(
                Body.of(new Block.Paragraph(
                    "Bir <em>paragraf</em>, <b>kalın</b> ve <a href=\"https://example.org/a?b=1&amp;c=2\">bağlantı</a>.<br>Yeni satır")),
                Body.of(new Block.Paragraph("a &lt; b &amp;&amp; c &gt; d&nbsp;e  f")),
                Body.of(new Block.Paragraph("<a rel=\"noopener\">adresi silinmiş bağlantı</a>")),
                Body.of(new Block.Heading("Ara başlık: \"tırnak\" & <b> gibi görünen metin")),
                Body.of(new Block.Bullets(false, List.of("bir", "<strong>iki</strong>"))),
                Body.of(new Block.Bullets(true, List.of("birinci", "ikinci<br>devamı"))),
                Body.of(new Block.Quote("Barış <i>şimdi</i>.", "Muhalefet lideri")),
                Body.of(new Block.Quote("Kaynağı belirsiz söz", "")),
                Body.of(new Block.Figure(12, "Meclis <Genel Kurulu>", "Fotoğraf: AA & DHA", "Sıralar \"dolu\"")),
                Body.of(new Block.Figure(3, "", "", "")),
                Body.of(new Block.Embed("https://www.youtube.com/watch?v=abcdefghijk&t=30")),
                Body.of(new Block.Embed("https://example.org/video")),
                // Paragraphs that read like a list item or an embed stay what they are.
                Body.of(
                    new Block.Paragraph("• Madde gibi başlayan paragraf"),
                    new Block.Paragraph("https://youtu.be/abcdefghijk"),
                    new Block.Paragraph("- Röportajda soru böyle yazılır?"),
                    new Block.Paragraph("o kadar da değil")),
                mixed());
        }

        @ParameterizedTest
        @MethodSource("bodies")
        void givesBackTheSameBody(Body body) {
            assertThat(BodyHtml.fromHtml(BodyHtml.toHtml(body))).isEqualTo(body);
        }

        /** Whatever was pasted, saving the story again without a change leaves its body as it was. */
        @Test
        void readsWhatItMadeFromAnyPasteBackUnchanged() {
            String[] pieces = {"a", "ş", " ", "\u00a0", "<", ">", "&", "\"", "'", "• ", "· ", "- ", "o ", "\n", "&nbsp;",
                "https://youtu.be/abcdefghijk", "<b>", "</b>", "<em>", "</em>", "<br>", "<a>", "<a href=\"https://e.org\">", "</a>",
                "<a href=javascript:x>", "<a name=x>", "<p>", "</p>", "<p data-paragraph>", "<div>", "</div>", "<h2>", "</h2>",
                "<h4>", "<ul>", "</ul>", "<ol>", "<li>", "<blockquote>", "</blockquote>", "<cite>", "<footer>", "<pre>", "<hr>",
                "<figure data-image-id=\"5\" data-alt=\"q\">", "<figcaption>", "<span class=\"caption\">",
                "<span class=\"credit\">", "</span>", "</figure>", "<figure data-embed=\"https://x.com/a/status/1\">",
                "<p class=MsoListParagraph>", "<span style='mso-list:Ignore'>1.", "<o:p>", "<font>", "<u>", "<table><tr><td>",
                "</td><td>", "<img src=x>", "<script>", "<!--", "-->"};
            Random random = new Random(11);
            for (int n = 0; n < 1000; n++) {
                StringBuilder html = new StringBuilder();
                for (int k = random.nextInt(30); k > 0; k--) {
                    html.append(pieces[random.nextInt(pieces.length)]);
                }
                Body body = BodyHtml.fromHtml(html.toString());
                assertThat(BodyHtml.fromHtml(BodyHtml.toHtml(body))).as(html.toString()).isEqualTo(body);
            }
        }
    }

    @Test
    void writesTheEditingHtml() {
        assertThat(BodyHtml.toHtml(mixed())).isEqualTo("""
            <p>Ankara'da <b>kritik</b> <a href="https://example.org/x" rel="noopener">zirve</a>.</p>
            <h2>Ateşkes &amp; sonrası</h2>
            <ul><li>Ateşkes</li><li>Esir takası</li></ul>
            <ol><li>Birinci</li></ol>
            <blockquote><p>Barış şimdi.</p><cite>Bakan</cite></blockquote>
            <figure data-image-id="12" data-alt="Meclis &quot;genel kurulu&quot;"><figcaption><span class="caption">Alt yazı &lt;1&gt;</span><span class="credit">Foto: AA</span></figcaption></figure>
            <figure data-embed="https://x.com/manset/status/1"></figure>
            <p data-paragraph="">https://youtu.be/abcdefghijk</p>""");
    }

    @Test
    void escapesPlainTextInHeadings() {
        assertThat(BodyHtml.toHtml(Body.of(new Block.Heading("a < b & c"))))
            .isEqualTo("<h2>a &lt; b &amp; c</h2>");
    }

    @Nested
    class PastedFromWord {

        private static final String WORD = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <meta name=Generator content="Microsoft Word 15">
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:"Calibri",sans-serif;} --></style>
            <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
            </head>
            <body lang=TR style='tab-interval:35.4pt'>
            <!--StartFragment-->
            <p class=MsoNormal style='margin-bottom:0cm;line-height:normal;mso-pagination:none'><b><span lang=TR style='font-size:14.0pt;mso-bidi-font-family:Calibri'>Ankara’da zirve<o:p></o:p></span></b></p>
            <p class=MsoNormal><span lang=TR style='mso-ansi-language:TR'>Dışişleri Bakanı, Putin'in açıklamalarına <i>“kabul edilemez”</i> dedi.<o:p></o:p></span></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=TR style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=TR>Ateşkes<o:p></o:p></span></p>
            <p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=TR style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><b><span lang=TR>Esir</span></b><span lang=TR> takası<o:p></o:p></span></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=TR style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=TR>o bölgede insani koridor<o:p></o:p></span></p>
            <p class=MsoNormal><span lang=TR>Taraflar şu adımlarda anlaştı:<o:p></o:p></span></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=TR><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=TR>Gözlemciler<o:p></o:p></span></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=TR><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=TR>Takvim<o:p></o:p></span></p>
            <p class=MsoNormal><a name="_GoBack"></a><span lang=TR><font face=Calibri>Görüşmeler <st1:place w:st="on">Cenevre</st1:place>’de sürecek.</font><o:p></o:p></span></p>
            <!--EndFragment-->
            </body>
            </html>
            """;

        @Test
        void keepsTextAndEmphasisAndTurnsWordListsIntoLists() {
            assertThat(BodyHtml.fromHtml(WORD).blocks()).containsExactly(
                new Block.Paragraph("<b>Ankara’da zirve</b>"),
                new Block.Paragraph("Dışişleri Bakanı, Putin'in açıklamalarına <i>“kabul edilemez”</i> dedi."),
                new Block.Bullets(false, List.of("Ateşkes", "<b>Esir</b> takası", "o bölgede insani koridor")),
                new Block.Paragraph("Taraflar şu adımlarda anlaştı:"),
                new Block.Bullets(true, List.of("Gözlemciler", "Takvim")),
                new Block.Paragraph("Görüşmeler Cenevre’de sürecek."));
        }

        @Test
        void readsListMarkersWrittenAsText() {
            String html = """
                <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>-&nbsp;&nbsp;Birinci</p>
                <p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>o&nbsp;&nbsp;İkinci</p>
                <p class=MsoNormal>a) Üçüncü değil, paragraf</p>
                """;
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Bullets(false, List.of("Birinci", "İkinci")),
                new Block.Paragraph("a) Üçüncü değil, paragraf"));
        }

        @Test
        void turnsTypedBulletsIntoAListButLeavesInterviewDashesAlone() {
            String html = """
                <p class=MsoNormal>• Elma</p>
                <p class=MsoNormal><span>·</span>&nbsp;Armut</p>
                <p class=MsoNormal>- Bu kararı neden verdiniz?</p>
                <p class=MsoNormal>- Başka yol kalmamıştı.</p>
                """;
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Bullets(false, List.of("Elma", "Armut")),
                new Block.Paragraph("- Bu kararı neden verdiniz?"),
                new Block.Paragraph("- Başka yol kalmamıştı."));
        }
    }

    @Nested
    class PastedFromAWebPage {

        @Test
        void keepsTheTextAndDropsTheMachinery() {
            String html = """
                <div class="article-body" style="font-family:Arial" onclick="track()">
                  <script>window.ads = [];</script>
                  <style>.x { color: red }</style>
                  <div><span style="font-weight:400">İstanbul'da sabah başlayan yağış</span> <a href="https://example.org/yagis" onclick="steal()" target="_blank" class="lnk">trafiği</a> durma noktasına getirdi.</div>
                  <img src="https://cdn.example.org/foto.jpg" onerror="alert(1)" alt="Yağmur">
                  <h3 class="subtitle">Okullar tatil mi?</h3>
                  <div>Valilik açıklama yaptı.<br><br>Açıklamada <a href="javascript:alert(1)">şu ifadeler</a> yer aldı.</div>
                  <iframe src="https://ads.example.org/banner"></iframe>
                  <object data="x.swf"><param name="movie" value="x.swf">Flash yok</object>
                  <p style="color:red"><font face="Verdana"><strong onmouseover="x()">Son dakika</strong></font> gelişmeleri için <a href="/etiket/yagis">takipte kalın</a>.</p>
                </div>
                """;
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Paragraph("İstanbul'da sabah başlayan yağış "
                    + "<a href=\"https://example.org/yagis\" rel=\"noopener\">trafiği</a> durma noktasına getirdi."),
                new Block.Heading("Okullar tatil mi?"),
                new Block.Paragraph("Valilik açıklama yaptı."),
                new Block.Paragraph("Açıklamada şu ifadeler yer aldı."),
                new Block.Paragraph("<strong>Son dakika</strong> gelişmeleri için takipte kalın."));
        }

        @Test
        void gathersLooseTextIntoParagraphs() {
            assertThat(BodyHtml.fromHtml("Birinci <b>satır</b><br>aynı paragraf<br><br><br>İkinci<h2>Başlık</h2>son").blocks())
                .containsExactly(
                    new Block.Paragraph("Birinci <b>satır</b><br>aynı paragraf"),
                    new Block.Paragraph("İkinci"),
                    new Block.Heading("Başlık"),
                    new Block.Paragraph("son"));
        }

        @Test
        void turnsTablesIntoParagraphsOfTheirCells() {
            String html = """
                <table><thead><tr><th>İl</th><th>Oy</th></tr></thead>
                <tbody><tr><td>Ankara</td><td><b>%42</b></td></tr><tr><td></td><td>&nbsp;</td></tr></tbody></table>
                """;
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Paragraph("İl"),
                new Block.Paragraph("Oy"),
                new Block.Paragraph("Ankara"),
                new Block.Paragraph("<b>%42</b>"));
        }

        @Test
        void flattensNestedLists() {
            String html = "<ul><li>Ekonomi<ul><li>Enflasyon</li><li><p>Faiz</p></li></ul></li><li>Spor</li><li><br></li></ul>";
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Bullets(false, List.of("Ekonomi", "Enflasyon", "Faiz", "Spor")));
        }

        @Test
        void readsQuotesWithTheirSource() {
            String html = """
                <blockquote><p>Birinci cümle.</p><p>İkinci <em>cümle</em>.</p><footer>Nâzım Hikmet</footer></blockquote>
                <blockquote></blockquote>
                """;
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Quote("Birinci cümle.<br>İkinci <em>cümle</em>.", "Nâzım Hikmet"));
        }

        @Test
        void turnsXEmbedCodeIntoAnEmbed() {
            String html = """
                <blockquote class="twitter-tweet"><p lang="tr" dir="ltr">Son dakika haberi</p>&mdash; Manşet (@manset)
                <a href="https://twitter.com/manset/status/1234567890?ref_src=twsrc%5Etfw">1 Mart 2026</a></blockquote>
                <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
                """;
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Embed("https://twitter.com/manset/status/1234567890?ref_src=twsrc%5Etfw"));
        }
    }

    @Nested
    class Headings {

        @Test
        void makesEveryLevelOurSubheading() {
            assertThat(BodyHtml.fromHtml("<h1>Bir</h1><h3>İki <a href=\"https://example.org\">bağlantı</a></h3><h6><em>Üç</em></h6><h4> </h4>").blocks())
                .containsExactly(new Block.Heading("Bir"), new Block.Heading("İki bağlantı"), new Block.Heading("Üç"));
        }

        @Test
        void keepsTextThatLooksLikeMarkupAsText() {
            Block heading = BodyHtml.fromHtml("<h2>&lt;b&gt;kalın değil&lt;/b&gt; &amp; 1 &lt; 2</h2>").blocks().getFirst();
            assertThat(((Block.Heading) heading).text()).isEqualTo("<b>kalın değil</b> & 1 < 2");
        }
    }

    @Test
    void keepsTurkishTextExactly() {
        String html = "<p>Bakan “Ateşkes yarın başlıyor” dedi; Putin'in yanıtı 'şimdilik' olumsuz. \"Çağrı\" &amp; İğdır</p>"
            + "<h2>Putin'in \"barış\" planı: İşte ayrıntılar</h2>";
        Body body = BodyHtml.fromHtml(html);
        assertThat(body.blocks()).containsExactly(
            new Block.Paragraph("Bakan “Ateşkes yarın başlıyor” dedi; Putin'in yanıtı 'şimdilik' olumsuz. \"Çağrı\" &amp; İğdır"),
            new Block.Heading("Putin'in \"barış\" planı: İşte ayrıntılar"));
        assertThat(((Block.Heading) body.blocks().get(1)).text()).isEqualTo("Putin'in \"barış\" planı: İşte ayrıntılar");
        assertThat(((Block.Paragraph) body.blocks().get(0)).text())
            .isEqualTo("Bakan “Ateşkes yarın başlıyor” dedi; Putin'in yanıtı 'şimdilik' olumsuz. \"Çağrı\" &amp; İğdır");
    }

    @Nested
    class Figures {

        @Test
        void readsImageCaptionCreditAndAltAndDropsThePreview() {
            String html = "<figure data-image-id=\"42\" data-alt=\"Kalabalık meydan\"><img src=\"/medya/by-id/42\" alt=\"\">"
                + "<figcaption><span class=\"caption\">Taksim <b>Meydanı</b></span><span class=\"credit\">Foto: AA</span></figcaption></figure>";
            assertThat(BodyHtml.fromHtml(html).blocks())
                .containsExactly(new Block.Figure(42, "Taksim Meydanı", "Foto: AA", "Kalabalık meydan"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "12a", "-5", "0", "", "1.5"})
        void dropsFiguresWithoutAValidImageId(String id) {
            String html = "<p>önce</p><figure data-image-id=\"" + id + "\"><figcaption><span class=\"caption\">x</span></figcaption></figure>";
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(new Block.Paragraph("önce"));
        }

        @Test
        void dropsEmbedsThatAreNotWebAddresses() {
            String html = "<figure data-embed=\"javascript:alert(1)\"></figure><figure data-embed=\"https://exa mple\"></figure>"
                + "<figure data-embed=\"\"></figure><figure data-embed=\"https://youtu.be/abcdefghijk\">https://youtu.be/abcdefghijk</figure>";
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(new Block.Embed("https://youtu.be/abcdefghijk"));
        }

        @Test
        void turnsABareYouTubeOrXAddressIntoAnEmbed() {
            String html = "<p>https://www.youtube.com/watch?v=abcdefghijk</p>"
                + "<p><a href=\"https://x.com/manset/status/1\">https://x.com/manset/status/1</a></p>"
                + "<p>https://example.org/haber</p><p>İzleyin: https://youtu.be/abcdefghijk</p>";
            assertThat(BodyHtml.fromHtml(html).blocks()).containsExactly(
                new Block.Embed("https://www.youtube.com/watch?v=abcdefghijk"),
                new Block.Embed("https://x.com/manset/status/1"),
                new Block.Paragraph("https://example.org/haber"),
                new Block.Paragraph("İzleyin: https://youtu.be/abcdefghijk"));
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   \n ", "<p> </p><p><br></p><p>&nbsp;</p>", "<script>alert(1)</script><!-- yorum -->", "<ul><li></li></ul>"})
    void givesAnEmptyBodyForEmptyInput(String html) {
        assertThat(BodyHtml.fromHtml(html).blocks()).isEmpty();
    }

    private static Body mixed() {
        return Body.of(
            new Block.Paragraph("Ankara'da <b>kritik</b> <a href=\"https://example.org/x\">zirve</a>."),
            new Block.Heading("Ateşkes & sonrası"),
            new Block.Bullets(false, List.of("Ateşkes", "Esir takası")),
            new Block.Bullets(true, List.of("Birinci")),
            new Block.Quote("Barış şimdi.", "Bakan"),
            new Block.Figure(12, "Alt yazı <1>", "Foto: AA", "Meclis \"genel kurulu\""),
            new Block.Embed("https://x.com/manset/status/1"),
            new Block.Paragraph("https://youtu.be/abcdefghijk"));
    }
}
