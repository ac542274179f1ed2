package tr.manset.article;

import tr.manset.comment.CommentMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tr.manset.article.RevisionDiff.Field;
import tr.manset.article.RevisionDiff.Kind;
import tr.manset.article.RevisionDiff.Segment;

class RevisionDiffTest {

    static Content content(String headline, Block... blocks) {
        return new Content(headline, "Kısa özet.", Body.of(blocks), 3, List.of(7L), List.of(new Tag(1, "faiz", "Faiz")),
            "Manşet Haber Merkezi", new HeroImage(11, "Alt yazı", "Fotoğraf: Manşet", "Tarif"), null, CommentMode.OPEN);
    }

    static Content content(String headline) {
        return content(headline, new Block.Paragraph("İlk paragraf."));
    }

    static Segment same(String text) {
        return new Segment(Kind.SAME, text);
    }

    static Segment added(String text) {
        return new Segment(Kind.ADDED, text);
    }

    static Segment removed(String text) {
        return new Segment(Kind.REMOVED, text);
    }

    @Test
    void showsAChangedHeadlineWordByWord() {
        RevisionDiff diff = RevisionDiff.between(content("Faiz kararı öncesi piyasalarda bekleyiş"),
            content("Faiz kararı sonrası piyasalarda hareketlilik"));

        assertThat(diff.fields()).extracting(Field::label).containsExactly("Başlık");
        assertThat(diff.field("Başlık").orElseThrow().segments()).containsExactly(
            same("Faiz kararı"), removed("öncesi"), added("sonrası"), same("piyasalarda"), removed("bekleyiş"),
            added("hareketlilik"));
    }

    @Test
    void keepsTurkishLettersAndCaseAsWritten() {
        RevisionDiff diff = RevisionDiff.between(content("İstanbul'da ılık bir gün"), content("İSTANBUL'da ılık bir gün"));

        assertThat(diff.field("Başlık").orElseThrow().segments())
            .containsExactly(removed("İstanbul'da"), added("İSTANBUL'da"), same("ılık bir gün"));
    }

    @Test
    void showsAListItemAddedInTheMiddleAsOneWholeLine() {
        Content before = content("Başlık", new Block.Paragraph("Seçim sonuçları açıklandı."),
            new Block.Bullets(false, List.of("Ankara", "İzmir")));
        Content after = content("Başlık", new Block.Paragraph("Seçim sonuçları açıklandı."),
            new Block.Bullets(false, List.of("Ankara", "Eskişehir", "İzmir")));

        Field body = RevisionDiff.between(before, after).field("Haber metni").orElseThrow();

        assertThat(body.segments()).containsExactly(
            same("Seçim sonuçları açıklandı.\n• Ankara\n"), added("• Eskişehir\n"), same("• İzmir"));
        assertThat(body.spaceBefore(1)).isFalse();
        assertThat(body.spaceBefore(2)).isFalse();
    }

    @Test
    void showsAListItemAddedAtTheEndOnItsOwnLine() {
        Content before = content("Başlık", new Block.Bullets(true, List.of("bir", "iki")));
        Content after = content("Başlık", new Block.Bullets(true, List.of("bir", "iki", "üç")));

        assertThat(RevisionDiff.between(before, after).field("Haber metni").orElseThrow().segments())
            .containsExactly(same("• bir\n• iki"), added("\n• üç"));
    }

    @Test
    void reportsNothingWhenNothingChanged() {
        Content story = content("Aynı başlık", new Block.Heading("Ara başlık"), new Block.Paragraph("Aynı metin."));

        RevisionDiff diff = RevisionDiff.between(story, story);

        assertThat(diff.changed()).isFalse();
        assertThat(diff.fields()).isEmpty();
    }

    @Test
    void listsOnlyTheFieldsThatChanged() {
        Content before = content("Başlık");
        Content after = new Content("Başlık", "Yeni özet.", before.body(), 4, before.authorIds(), before.tags(),
            before.source(), before.hero(), 1, CommentMode.CLOSED);

        RevisionDiff diff = RevisionDiff.between(before, after, id -> id == 3 ? "Ekonomi" : "Spor", id -> "Yazar " + id);

        assertThat(diff.fields()).extracting(Field::label).containsExactly("Özet", "Kategori", "Manşet sırası", "Yorumlar");
        assertThat(diff.field("Kategori").orElseThrow().segments()).containsExactly(removed("Ekonomi"), added("Spor"));
        assertThat(diff.field("Manşet sırası").orElseThrow().segments()).containsExactly(added("1"));
        assertThat(diff.field("Yorumlar").orElseThrow().segments()).containsExactly(removed("Açık (sitenin moderasyon ayarı)"), added("Kapalı"));
    }

    @Test
    void ignoresChangesOnlyInSpacing() {
        assertThat(RevisionDiff.between(content("Faiz  kararı"), content("Faiz kararı")).changed()).isFalse();
    }

    @Test
    void readsTheBodyAsOneMarkedLinePerBlock() {
        Body body = Body.of(
            new Block.Paragraph("Bir <b>kalın</b> söz &amp; bağlantı."),
            new Block.Heading("Ara başlık"),
            new Block.Bullets(false, List.of("bir", "iki")),
            new Block.Quote("Söz uçar", "Atasözü"),
            new Block.Figure(7, "Limandaki tekneler", "Fotoğraf: AA", "Tarif"),
            new Block.Embed("https://www.youtube.com/watch?v=abcdefghijk"));

        assertThat(RevisionDiff.text(body)).isEqualTo("""
            Bir kalın söz & bağlantı.
            ## Ara başlık
            • bir
            • iki
            > Söz uçar — Atasözü
            [Görsel: Limandaki tekneler]
            [Gömülü: https://www.youtube.com/watch?v=abcdefghijk]""");
    }

    @Test
    void leavesAnOverlongFieldUncompared() {
        String longText = "kelime ".repeat(RevisionDiff.MAX_WORDS + 1);

        Field body = RevisionDiff.between(content("Başlık", new Block.Paragraph(longText)),
            content("Başlık", new Block.Paragraph(longText + " son"))).field("Haber metni").orElseThrow();

        assertThat(body.tooLong()).isTrue();
        assertThat(body.segments()).isEmpty();
    }

    @Nested
    class OnAnyTwoTexts {

        @Test
        void keepsTheLongestCommonRunOfWordsAndRebuildsBothSides() {
            Random random = new Random(20260101);
            String[] words = {"bir", "iki", "üç", RevisionDiff.NEWLINE};
            for (int round = 0; round < 2_000; round++) {
                List<String> a = randomWords(random, words);
                List<String> b = randomWords(random, words);

                List<Segment> segments = RevisionDiff.diff(a, b);

                List<String> older = new ArrayList<>();
                List<String> newer = new ArrayList<>();
                int kept = 0;
                for (Segment segment : segments) {
                    List<String> segmentWords = RevisionDiff.words(segment.text());
                    if (segment.kind() != Kind.ADDED) {
                        older.addAll(segmentWords);
                    }
                    if (segment.kind() != Kind.REMOVED) {
                        newer.addAll(segmentWords);
                    }
                    if (segment.kind() == Kind.SAME) {
                        kept += segmentWords.size();
                    }
                }
                assertThat(older).as("%s → %s", a, b).isEqualTo(a);
                assertThat(newer).as("%s → %s", a, b).isEqualTo(b);
                assertThat(kept).as("%s → %s", a, b).isEqualTo(longestCommon(a, b));
            }
        }

        @Test
        void showsAWhollyRewrittenTextAsRemovedThenAdded() {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (int i = 0; i < RevisionDiff.MAX_EDITS; i++) {
                a.add("eski" + i);
                b.add("yeni" + i);
            }

            List<Segment> segments = RevisionDiff.diff(a, b);

            assertThat(segments).extracting(Segment::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
            assertThat(segments.getFirst().text()).startsWith("eski0 eski1 ").endsWith(" eski999");
        }

        private static List<String> randomWords(Random random, String[] words) {
            List<String> result = new ArrayList<>();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                result.add(words[random.nextInt(words.length)]);
            }
            return result;
        }

        private static int longestCommon(List<String> a, List<String> b) {
            int[][] table = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
                }
            }
            return table[0][0];
        }
    }
}
