package tr.manset.comment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site's default lists against comments from a real Turkish news page, and ordinary text. */
class TurkishDefaultsTest {

    private static final TermFilter FILTER = new TermFilter(TermFilter.turkishDefaults());

    @ParameterizedTest
    @ValueSource(strings = {
        "Bu sözü açıklıyor Küfür tek millettir Rusya ABD ve AB söz konusu İslam ve ümmet olunca güçlerini birleştirdi birleştiriyor ama ne yazık ki İslam bunu yapamadı yapamıyor Allah C.C selamet versin",
        "Osmanlı’yı tasviye projesidir. Tespit doğru. Allah’la savaştalar. Ama Türkiye derinden bu düzeni bozacak inşallah.",
        "Küfür tek millettir.",
        "Düne kadar övgü diziyordunuz noldu hayırdır……",
    })
    void letsOrdinaryReaderCommentsThrough(String comment) {
        assertThat(FILTER.matches(comment)).isEmpty();
    }

    @Test
    void holdsAnAntisemiticConspiracyTropeForAModerator() {
        String comment = "sabatay Yahudiler 1 dünya savaşının gitmesiyle birlikte biz üç devlet kurduk diyor Rusya Türkiye İsrail bu dünyayı yöneten şer üçgeni varya ABD İngiltere İsrail 1 dünya savaşının ardından dünyayı kendi aralarında paylaşmışlar dışardan bakınca düşman sanarsin perde arkasında iki dost ve kardeş ülkeler ağa babaları İngiltere";

        assertThat(FILTER.firstMatch(comment)).hasValueSatisfying(match -> {
            assertThat(match.term().kind()).isEqualTo(TermKind.SUSPECT);
            assertThat(match.found()).isEqualTo("sabatay");
        });
    }

    @Test
    void holdsAnInsultAtAPublicFigureForAModerator() {
        assertThat(FILTER.firstMatch("Putin tam bir alçaktır..")).hasValueSatisfying(match -> {
            assertThat(match.term()).isEqualTo(new Term("alçak", TermKind.SUSPECT));
            assertThat(match.found()).isEqualTo("alçaktır");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"moskoftan.ne.beklenir", "m.o.s.k.o.f", "M O S K O F", "moskofff", "Moskof'lar"})
    void rejectsAnEthnicSlur(String comment) {
        assertThat(FILTER.firstMatch(comment)).map(TermMatch::term).contains(new Term("moskof", TermKind.SUSPECT));
    }

    @Test
    void doesNotTreatNamingAPeopleOrFaithAsAnInsult() {
        String news = "Yahudi cemaati, Ermeni vakıfları, Kürt ve Arap seçmenler ile Suriyeli aileler bayramı kutladı. "
            + "Moskova'daki görüşmede dönme dolap, sık sık yaşanan sıkıntılar ve adı geçen alçakgönüllü "
            + "öğretmen konuşuldu. Hava durumu: alçak basınç etkili olacak, alçak kesimlerde su baskını bekleniyor. "
            + "Aşağılık kompleksi üzerine bir kitap. Kahpe saldırıyı kınıyoruz.";

        assertThat(FILTER.matches(news)).isEmpty();
    }

    @Test
    void rejectsBannedSpamAndHoldsSuspectSpam() {
        assertThat(FILTER.firstMatch("Deneme bonusu veren siteler burada")).map(match -> match.term().kind()).contains(TermKind.BANNED);
        assertThat(FILTER.firstMatch("Evden para kazanmak için linke tıklayın")).map(match -> match.term().kind()).contains(TermKind.SUSPECT);
    }

    @Test
    void loadsAllThreeLists() {
        List<Term> terms = TermFilter.turkishDefaults();

        assertThat(terms).extracting(Term::kind).contains(TermKind.BANNED, TermKind.SUSPECT, TermKind.ALLOWED);
        assertThat(terms).extracting(Term::text).doesNotContain("küfür", "yahudi", "dönme").allMatch(text -> !text.contains("#"));
        assertThat(terms).doesNotHaveDuplicates();
    }
}
