package tr.manset.comment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.manset.comment.rules.TermKind.ALLOWED;
import static tr.manset.comment.rules.TermKind.BANNED;
import static tr.manset.comment.rules.TermKind.SUSPECT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermFilterTest {

    private static final Term ALCAK = new Term("alçak", SUSPECT);
    private static final Term MOSKOF = new Term("moskof", BANNED);

    private final TermFilter filter = new TermFilter(List.of(ALCAK, MOSKOF));

    @ParameterizedTest
    @ValueSource(strings = {
        "alçak", "ALÇAK", "Alçak", "alcak", "ALCAK", "a l ç a k", "a-l-ç-a-k", "a_l_c_a_k", "A.L.Ç.A.K",
        "alçaaaak", "4lç4k",
    })
    void matchesTheTermHoweverItIsWritten(String word) {
        assertThat(filter.firstMatch("Bu adam " + word + " biri")).map(TermMatch::term).contains(ALCAK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alçağın", "alçağı", "alçaktır", "alçaklar", "alçaklığı", "alçaklık", "alçakça", "alçakları",
        "alçaklarından", "alçakmış", "alçaktı", "alçakken", "alçaklara", "alçağa", "ALÇAĞIN", "alcagin",
    })
    void matchesTheTermWithTurkishSuffixes(String word) {
        assertThat(filter.firstMatch(word)).map(TermMatch::term).contains(ALCAK);
    }

    @Test
    void matchesASuffixThatSharesALetterWithTheTermAfterSqueezing() {
        TermFilter doubled = new TermFilter(List.of(new Term("aptal", SUSPECT)));

        assertThat(TurkishNormalizer.normalize("aptallar")).isEqualTo("aptalar");
        assertThat(doubled.matches("aptallar aptallık aptalllar")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alçakgönüllü", "Alçakgönüllülüğü", "alçalmak", "alçı", "Moskova", "moskovalı"})
    void doesNotMatchAnotherWordThatStartsLikeTheTerm(String word) {
        assertThat(filter.matches(word)).isEmpty();
    }

    @Test
    void doesNotReadAnEnglishWordAsATermWithSuffixes() {
        TermFilter english = new TermFilter(List.of(new Term("piç", BANNED), new Term("aq", BANNED)));

        assertThat(english.matches("picture aqua")).isEmpty();
        assertThat(english.matches("piçler aq")).extracting(TermMatch::found).containsExactly("piçler", "aq");
    }

    @Test
    void reportsTheWordsAsTheReaderWroteThem() {
        assertThat(filter.matches("Çok a l ç a k!")).containsExactly(new TermMatch(ALCAK, "a l ç a k"));
        assertThat(filter.matches("moskoftan.ne.beklenir")).containsExactly(new TermMatch(MOSKOF, "moskoftan"));
        assertThat(filter.matches("Moskof'lar geldi")).containsExactly(new TermMatch(MOSKOF, "Moskof'lar"));
    }

    @Test
    void matchesATermWithDotlessIWrittenInCapitals() {
        TermFilter withDotlessI = new TermFilter(List.of(new Term("kancık", SUSPECT), new Term("gerizekalı", SUSPECT)));

        assertThat(withDotlessI.matches("KANCIK")).extracting(TermMatch::found).containsExactly("KANCIK");
        assertThat(withDotlessI.matches("GERİZEKALI herif")).extracting(TermMatch::found).containsExactly("GERİZEKALI");
        assertThat(withDotlessI.matches("Gerizekalılar")).hasSize(1);
    }

    @Test
    void matchesATermOfSeveralWordsOnConsecutiveWords() {
        Term phrase = new Term("ne mutlu", SUSPECT);
        TermFilter phrases = new TermFilter(List.of(phrase));

        assertThat(phrases.matches("Ne mutlu Türküm diyene")).containsExactly(new TermMatch(phrase, "Ne mutlu"));
        assertThat(phrases.matches("Ne kadar mutlu")).isEmpty();
        assertThat(phrases.matches("mutlu ne")).isEmpty();
    }

    @Test
    void neverMatchesAWordThatIsAnAllowedException() {
        Term vulgar = new Term("sik", BANNED);
        TermFilter withException = new TermFilter(List.of(vulgar, new Term("sıkıntı", ALLOWED)));

        assertThat(new TermFilter(List.of(vulgar)).matches("Büyük sıkıntı var")).hasSize(1);
        assertThat(withException.matches("Büyük sıkıntı var")).isEmpty();
        assertThat(withException.matches("Sıkıntılar sürüyor")).isEmpty();
    }

    @Test
    void allowedPhrasesExceptOnlyTheirOwnWords() {
        TermFilter weather = new TermFilter(List.of(ALCAK, new Term("alçak basınç", ALLOWED)));

        assertThat(weather.matches("Alçak basınç sistemi yağmur getiriyor")).isEmpty();
        assertThat(weather.matches("Alçak basıncın etkisi sürüyor")).isEmpty();
        assertThat(weather.matches("Alçak herif")).hasSize(1);
    }

    @Test
    void prefersABannedMatchOverAnEarlierSuspectOne() {
        String text = "Alçak moskof";

        assertThat(filter.firstMatch(text)).contains(new TermMatch(MOSKOF, "moskof"));
        assertThat(filter.matches(text)).containsExactly(new TermMatch(MOSKOF, "moskof"), new TermMatch(ALCAK, "Alçak"));
    }

    @Test
    void findsEveryOccurrence() {
        assertThat(filter.matches("alçak, alçak, ALÇAK")).extracting(TermMatch::found).containsExactly("alçak", "alçak", "ALÇAK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t  \n", "😡😡😡", "👎 🤬 …", "!!!???"})
    void findsNothingInTextWithoutWords(String text) {
        assertThat(filter.firstMatch(text)).isEmpty();
        assertThat(filter.matches(text)).isEmpty();
    }

    @Test
    void treatsNoTextAsEmpty() {
        assertThat(filter.firstMatch(null)).isEmpty();
    }

    @Test
    void findsATermAtTheEndOfALongText() {
        String innocent = "Ekonomi haberlerini dikkatle okuyorum ve yorumları da takip ediyorum. ".repeat(150);
        String text = innocent + "Sonuçta hepsi alçak.";

        assertThat(text.length()).isGreaterThan(10_000);
        assertThat(filter.matches(innocent)).isEmpty();
        assertThat(filter.firstMatch(text)).map(TermMatch::found).contains("alçak");
    }

    @Test
    void rejectsTermsWithoutLettersOrDigits() {
        assertThatThrownBy(() -> new TermFilter(List.of(new Term("!!!", BANNED)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term(" ", BANNED)).isInstanceOf(IllegalArgumentException.class);
    }
}
