package tr.manset.comment.rules;

import java.util.List;

/** A term as normalized words; a phrase ("vatan haini") matches that many consecutive words. */
record TermPattern(Term term, List<TermWord> words) {

    static TermPattern of(Term term) {
        List<TermWord> words = TurkishNormalizer.words(term.text()).stream().map(TermWord::of).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Term \"" + term.text() + "\" has no letters or digits");
        }
        return new TermPattern(term, words);
    }

    TermWord first() {
        return words.getFirst();
    }

    /** How many words from {@code at} on this term covers, or 0 when it does not match there. */
    int matchLength(List<Word> text, int at) {
        if (at + words.size() > text.size()) {
            return 0;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches(text.get(at + i).text())) {
                return 0;
            }
        }
        return words.size();
    }
}
