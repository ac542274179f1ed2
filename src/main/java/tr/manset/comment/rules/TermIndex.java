package tr.manset.comment.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms by the first letter of their first word, so a word is checked only against the few
 * terms that start like it, and only those whose root (or softened root) it starts with are
 * tried with suffixes.
 */
final class TermIndex {

    /** A term that matched: the words from {@code start} to {@code end} (exclusive). */
    record Hit(TermPattern pattern, int start, int end) {}

    private final Map<Character, List<TermPattern>> byFirstLetter = new HashMap<>();

    TermIndex(Collection<TermPattern> patterns) {
        for (TermPattern pattern : patterns) {
            byFirstLetter.computeIfAbsent(pattern.first().root().charAt(0), letter -> new ArrayList<>()).add(pattern);
        }
    }

    /** The terms matching at word {@code at}. */
    List<Hit> hitsAt(List<Word> words, int at) {
        List<TermPattern> candidates = byFirstLetter.get(words.get(at).text().charAt(0));
        if (candidates == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(0);
        for (TermPattern candidate : candidates) {
            int matched = candidate.matchLength(words, at);
            if (matched > 0) {
                hits.add(new Hit(candidate, at, at + matched));
            }
        }
        return hits;
    }
}
