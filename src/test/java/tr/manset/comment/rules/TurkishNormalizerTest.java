package tr.manset.comment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TurkishNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Alçağı|alcagi",
        "ALÇAK|alcak",
        "İSTANBUL|istanbul",
        "IĞDIR|igdir",
        "ılık|ilik",
        "Şöför|sofor",
        "zekâ|zeka",
        "Âşık|asik",
        "Müdürü|muduru",
        "café|cafe",
    })
    void lowerCasesByTurkishRulesAndFoldsDiacritics(String word, String normalized) {
        assertThat(TurkishNormalizer.normalize(word)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4lç4k|alcak",
        "m0sk0f|moskof",
        "$erefsiz|serefsiz",
        "@ptal|aptal",
        "h1tl3r|hitler",
        "5alak|salak",
        "7ahta|tahta",
    })
    void readsLookAlikeCharactersInsideWordsAsLetters(String word, String normalized) {
        assertThat(TurkishNormalizer.normalize(word)).isEqualTo(normalized);
    }

    @Test
    void keepsNumbersWithoutLettersAsNumbers() {
        assertThat(TurkishNormalizer.words("1 dünya savaşı")).containsExactly("1", "dunya", "savasi");
        assertThat(TurkishNormalizer.words("Skor 3-0, 2024 yılı")).containsExactly("skor", "3", "0", "2024", "yili");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alçaaaak|alcak",
        "moskofff|moskof",
        "Allah|alah",
        "saat|sat",
    })
    void squeezesRepeatedLetters(String word, String normalized) {
        assertThat(TurkishNormalizer.normalize(word)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"m.o.s.k.o.f", "M O S K O F", "m-o-s-k-o-f", "m_o_s_k_o_f", "m . o . s . k . o . f"})
    void joinsLettersSpelledOutOneByOne(String text) {
        assertThat(TurkishNormalizer.words(text)).containsExactly("moskof");
    }

    @Test
    void joinsSpelledOutLettersOnlyInRunsOfThreeOrMore() {
        assertThat(TurkishNormalizer.words("Allah C.C selamet versin")).containsExactly("alah", "c", "c", "selamet", "versin");
        assertThat(TurkishNormalizer.words("bu a l ç a k adam")).containsExactly("bu", "alcak", "adam");
    }

    @Test
    void keepsWordsSeparatedByDotsApart() {
        assertThat(TurkishNormalizer.words("moskoftan.ne.beklenir")).containsExactly("moskoftan", "ne", "beklenir");
    }

    @Test
    void dropsTheSuffixAfterAnApostrophe() {
        assertThat(TurkishNormalizer.words("Putin'in Osmanlı’yı Allah’la")).containsExactly("putin", "osmanli", "alah");
        assertThat(TurkishNormalizer.words("'alçak' dedi")).containsExactly("alcak", "dedi");
    }

    @Test
    void findsNoWordsInTextWithoutLettersOrDigits() {
        assertThat(TurkishNormalizer.words("")).isEmpty();
        assertThat(TurkishNormalizer.words(" \n\t ")).isEmpty();
        assertThat(TurkishNormalizer.words("😡😡 👎 …!!")).isEmpty();
        assertThat(TurkishNormalizer.words(null)).isEmpty();
    }

    @Test
    void fingerprintsTextAsNormalizedWordsJoinedBySpaces() {
        assertThat(TurkishNormalizer.fingerprint("  Düne kadar ÖVGÜ diziyordunuz… noldu hayırdır!!"))
            .isEqualTo("dune kadar ovgu diziyordunuz noldu hayirdir");
        assertThat(TurkishNormalizer.fingerprint("Düne kadar övgü diziyordunuz noldu hayırdır"))
            .isEqualTo(TurkishNormalizer.fingerprint("DÜNE KADAR ÖVGÜ DİZİYORDUNUZ NOLDU HAYIRDIR"));
    }
}
