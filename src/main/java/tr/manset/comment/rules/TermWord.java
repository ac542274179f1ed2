package tr.manset.comment.rules;

/**
 * One normalized word of a term and the forms it takes in a sentence: itself, itself with suffixes
 * ("alcaktir"), and with its last consonant softened before a vowel ("alcak" → "alcagi"). Roots of
 * two letters are abbreviations and match only as whole words: "aq" is not the start of "aqua".
 */
record TermWord(String root, String softened) {

    private static final int SHORTEST_INFLECTED_ROOT = 3;

    static TermWord of(String root) {
        return new TermWord(root, softenLastConsonant(root));
    }

    boolean matches(String word) {
        if (root.length() < SHORTEST_INFLECTED_ROOT) {
            return word.equals(root);
        }
        if (word.startsWith(root) && TurkishSuffixes.isChain(word, root.length(), lastLetter(root))) {
            return true;
        }
        return softened != null
            && word.length() > softened.length()
            && word.startsWith(softened)
            && isVowel(word.charAt(softened.length()))
            && TurkishSuffixes.isChain(word, softened.length(), lastLetter(softened));
    }

    /** p → b, t → d, k → ğ (normalized to g); ç → c needs nothing, both are "c" already. */
    private static String softenLastConsonant(String root) {
        char softer = switch (lastLetter(root)) {
            case 'p' -> 'b';
            case 't' -> 'd';
            case 'k' -> 'g';
            default -> 0;
        };
        return softer == 0 || root.length() < SHORTEST_INFLECTED_ROOT ? null : root.substring(0, root.length() - 1) + softer;
    }

    private static char lastLetter(String word) {
        return word.charAt(word.length() - 1);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
