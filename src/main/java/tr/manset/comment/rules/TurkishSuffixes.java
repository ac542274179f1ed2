package tr.manset.comment.rules;

import java.util.List;

/**
 * A small grammar of Turkish inflectional suffixes in normalized form (no diacritics, so "ı/i"
 * and "u/ü" are one), enough to see that "alcaklarindan" is "alcak" + "lar" + "in" + "dan" while
 * "alcakgonulu" is another word. Not a morphological analyzer: it only says whether the rest of
 * a word can be read as a short chain of suffixes.
 */
final class TurkishSuffixes {

    /** "alçaklarımızdandır" is alçak + lar + ım + ız + dan + dır. */
    private static final int MAX_CHAIN = 5;

    private static final List<String> SUFFIXES = List.of(
        // plural
        "lar", "ler",
        // cases, also after a vowel (buffer y/n) or a possessive (buffer n)
        "i", "u", "a", "e", "yi", "yu", "ya", "ye", "ni", "nu", "na", "ne",
        "in", "un", "nin", "nun",
        "da", "de", "ta", "te", "nda", "nde",
        "dan", "den", "tan", "ten", "ndan", "nden",
        "la", "le", "yla", "yle", "ca", "ce", "nca", "nce",
        // possessives and persons
        "im", "um", "iz", "uz", "si", "su", "miz", "muz", "niz", "nuz",
        "yim", "yum", "yiz", "yuz", "sin", "sun",
        // "is" and tenses on a noun: alçaktır, alçakmış, alçaktı, alçakken, alçaksa
        "dir", "dur", "tir", "tur",
        "di", "du", "ti", "tu", "ydi", "ydu",
        "dik", "duk", "tik", "tuk", "dim", "dum", "tim", "tum", "din", "dun", "tin", "tun",
        "mis", "mus", "ymis", "ymus", "sa", "se", "ysa", "yse",
        "ki", "ken", "yken",
        // infinitive, for phrases ending in a verb: "evden para kazanmak"
        "mak", "mek",
        // words made from words: alçaklık (alçaklığı), kahpece, sabetaycı, hainlik, şerefsizce
        "lik", "luk", "lig", "lug", "li", "lu", "siz", "suz", "ci", "cu",
        "cik", "cuk", "cig", "cug");

    /** "is" ends a word, only a plural may follow: "alçaktırlar", never "pic" + "tur" + "e". */
    private static final List<String> COPULAS = List.of("dir", "dur", "tir", "tur");

    private static final List<String> AFTER_COPULA = List.of("lar", "ler");

    private TurkishSuffixes() {}

    /**
     * Whether {@code word} from {@code from} on is empty or a chain of suffixes. {@code previous}
     * is the letter before {@code from}: normalizing squeezes "aptal" + "lar" into "aptalar", so
     * a suffix may start without the letter it shares with what comes before it.
     */
    static boolean isChain(String word, int from, char previous) {
        return isChain(word, from, previous, SUFFIXES, 0);
    }

    private static boolean isChain(String word, int from, char previous, List<String> allowed, int length) {
        if (from == word.length()) {
            return true;
        }
        if (length == MAX_CHAIN) {
            return false;
        }
        for (String suffix : allowed) {
            int end = endOf(suffix, word, from, previous);
            if (end >= 0 && isChain(word, end, suffix.charAt(suffix.length() - 1), next(suffix), length + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code suffix} ends when written at {@code from}, also squeezed; -1 when it is not there. */
    private static int endOf(String suffix, String word, int from, char previous) {
        if (word.startsWith(suffix, from)) {
            return from + suffix.length();
        }
        boolean squeezed = suffix.length() > 1 && suffix.charAt(0) == previous
            && word.regionMatches(from, suffix, 1, suffix.length() - 1);
        return squeezed ? from + suffix.length() - 1 : -1;
    }

    private static List<String> next(String suffix) {
        return COPULAS.contains(suffix) ? AFTER_COPULA : SUFFIXES;
    }
}
