package tr.manset.comment.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import tr.manset.system.text.TurkishText;

/**
 * Turns text into comparable words, the same way for terms and for comments: Turkish lower case,
 * no diacritics ("Alçağı" → "alcagi"), look-alike characters read as letters ("4lç4k" → "alcak"),
 * repeated letters squeezed ("alçaaaak" → "alcak"), letters spelled out one by one joined
 * ("m.o.s.k.o.f" → "moskof") and the suffix after an apostrophe dropped ("Putin'in" → "putin").
 */
public final class TurkishNormalizer {

    /** A run of this many single letters ("a l ç a k") is read as one word. */
    private static final int MIN_SPELLED_OUT_LETTERS = 3;

    /** Base letters for Latin letters with marks; {@code 0} for characters that are dropped. */
    private static final char[] FOLDED = foldingTable(0x250);

    private TurkishNormalizer() {}

    /** "Moskof'lar, m.o.s.k.o.f!" → ["moskof", "moskof"]; numbers stay: "1 dünya" → ["1", "dunya"]. */
    public static List<String> words(String text) {
        return tokens(text).stream().map(Word::text).toList();
    }

    /** The words joined by single spaces, for spotting the same text posted twice. */
    public static String fingerprint(String text) {
        return String.join(" ", words(text));
    }

    /**
     * One word in comparable form: "ALÇAĞI" → "alcagi", "$erefsiz" → "serefsiz". Characters that
     * are neither letters nor digits are dropped, so "Putin'in" gives "putinin".
     */
    public static String normalize(String word) {
        if (word == null) {
            return "";
        }
        String lower = TurkishText.lower(word);
        boolean hasLetters = hasLetters(lower);
        StringBuilder out = new StringBuilder(lower.length());
        char previous = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = fold(hasLetters ? lookAlike(lower.charAt(i)) : lower.charAt(i));
            if (c == 0 || !Character.isLetterOrDigit(c) || (hasLetters && c == previous)) {
                continue;
            }
            out.append(c);
            previous = c;
        }
        return out.toString();
    }

    /** The words of a text with their places in it, so a match can be shown as it was written. */
    static List<Word> tokens(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        List<Word> spelledOut = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = endOfWordChars(text, i);
            int end = i;
            // "Putin'in", "Osmanlı’yı": the part after the apostrophe is a suffix, kept out of the word.
            while (end - start > 1 && i + 1 < text.length() && isApostrophe(text.charAt(i))
                    && isWordChar(text.charAt(i + 1))) {
                i = endOfWordChars(text, i + 1);
            }
            Word raw = new Word(text.substring(start, end), start, i);
            if (isSingleLetter(raw)) {
                spelledOut.add(raw);
            } else {
                addSpelledOut(spelledOut, words);
                add(raw, words);
            }
        }
        addSpelledOut(spelledOut, words);
        return words;
    }

    private static void addSpelledOut(List<Word> letters, List<Word> words) {
        if (letters.size() >= MIN_SPELLED_OUT_LETTERS) {
            StringBuilder joined = new StringBuilder();
            letters.forEach(letter -> joined.append(letter.text()));
            add(new Word(joined.toString(), letters.getFirst().start(), letters.getLast().end()), words);
        } else {
            letters.forEach(letter -> add(letter, words));
        }
        letters.clear();
    }

    private static void add(Word raw, List<Word> words) {
        String normalized = normalize(raw.text());
        if (!normalized.isEmpty()) {
            words.add(new Word(normalized, raw.start(), raw.end()));
        }
    }

    /** "a" or "ç", also when the "ç" is written as "c" and a combining cedilla. */
    private static boolean isSingleLetter(Word raw) {
        String text = raw.text();
        if (raw.end() != raw.start() + text.length() || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isMark(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int endOfWordChars(String text, int from) {
        int i = from;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || isMark(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK;
    }

    /** Characters written for letters inside words: "4lç4k", "$erefsiz", "m0sk0f". */
    private static char lookAlike(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '@' -> 'a';
            default -> c;
        };
    }

    private static char fold(char c) {
        if (c < FOLDED.length) {
            return FOLDED[c];
        }
        return isMark(c) ? 0 : c;
    }

    /** ı → i, then every letter decomposed and its marks dropped: ç → c, ğ → g, â → a, é → e. */
    private static char[] foldingTable(int size) {
        char[] table = new char[size];
        for (char c = 0; c < size; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            table[c] = isMark(c) ? 0 : decomposed.charAt(0);
        }
        table['ı'] = 'i';
        return table;
    }
}
