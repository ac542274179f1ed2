package tr.manset.comment.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds banned and suspect terms in a comment, reading Turkish as people write it: in any case,
 * with or without Turkish letters, with suffixes ("alçaklığı"), spelled out ("a l ç a k") or
 * stretched ("alçaaak"). Words matching an {@link TermKind#ALLOWED} term never match. Immutable
 * and safe to share between threads.
 */
public final class TermFilter {

    private static final String DEFAULTS = "/comment/terms/";

    private final TermIndex allowed;
    private final TermIndex flagged;

    public TermFilter(Collection<Term> terms) {
        List<TermPattern> allowedPatterns = new ArrayList<>();
        List<TermPattern> flaggedPatterns = new ArrayList<>();
        for (Term term : new LinkedHashSet<>(terms)) {
            TermPattern pattern = TermPattern.of(term);
            (term.kind() == TermKind.ALLOWED ? allowedPatterns : flaggedPatterns).add(pattern);
        }
        this.allowed = new TermIndex(allowedPatterns);
        this.flagged = new TermIndex(flaggedPatterns);
    }

    /** The site's lists: comment/terms/tr-banned.txt, tr-suspect.txt and tr-allowed.txt. */
    public static List<Term> turkishDefaults() {
        return DefaultTerms.LISTS;
    }

    /** The match that decides what happens to the comment: a banned term before a suspect one. */
    public Optional<TermMatch> firstMatch(String text) {
        return matches(text).stream().findFirst();
    }

    /** Every match, banned terms first, each kind in the order it appears in the text. */
    public List<TermMatch> matches(String text) {
        List<Word> words = TurkishNormalizer.tokens(text);
        boolean[] excepted = allowedWords(words);
        List<TermMatch> banned = new ArrayList<>();
        List<TermMatch> suspect = new ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            if (excepted[at]) {
                continue;
            }
            for (TermIndex.Hit hit : flagged.hitsAt(words, at)) {
                if (!anyExcepted(excepted, hit)) {
                    Term term = hit.pattern().term();
                    (term.kind() == TermKind.BANNED ? banned : suspect).add(new TermMatch(term, found(text, words, hit)));
                }
            }
        }
        banned.addAll(suspect);
        return banned;
    }

    private boolean[] allowedWords(List<Word> words) {
        boolean[] excepted = new boolean[words.size()];
        for (int at = 0; at < words.size(); at++) {
            for (TermIndex.Hit hit : allowed.hitsAt(words, at)) {
                for (int i = hit.start(); i < hit.end(); i++) {
                    excepted[i] = true;
                }
            }
        }
        return excepted;
    }

    private static boolean anyExcepted(boolean[] excepted, TermIndex.Hit hit) {
        for (int i = hit.start(); i < hit.end(); i++) {
            if (excepted[i]) {
                return true;
            }
        }
        return false;
    }

    private static String found(String text, List<Word> words, TermIndex.Hit hit) {
        return text.substring(words.get(hit.start()).start(), words.get(hit.end() - 1).end());
    }

    /** Loaded once, on first use. */
    private static final class DefaultTerms {
        static final List<Term> LISTS = TermListFile.readAll(DEFAULTS, List.of(
            new TermListFile("tr-banned.txt", TermKind.BANNED),
            new TermListFile("tr-suspect.txt", TermKind.SUSPECT),
            new TermListFile("tr-allowed.txt", TermKind.ALLOWED)));
    }
}
