package tr.manset.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tr.manset.comment.rules.TermKind;
import tr.manset.comment.rules.TermMatch;

/**
 * Decides whether a new comment is published at once, held for a moderator or rejected, and
 * names the rule that decided. Rejecting rules come first, then holding rules, then the mode.
 */
@Component
class CommentRules {

    /** Posts by one commenter within this window beyond {@link #BURST} are held. */
    static final Duration BURST_WINDOW = Duration.ofMinutes(10);
    static final int BURST = 5;
    /** The same text from anyone within this window is held as likely spam. */
    static final Duration COPY_WINDOW = Duration.ofDays(1);
    /** Short texts ("Katılıyorum.") are written alike by many people; only longer copies count. */
    static final int COPY_MIN_LENGTH = 40;

    record Draft(String commenter, String body, String fingerprint) {}

    private final Terms terms;
    private final CommentStore store;
    private final Clock clock;

    CommentRules(Terms terms, CommentStore store, Clock clock) {
        this.terms = terms;
        this.store = store;
        this.clock = clock;
    }

    Verdict judge(Draft draft, CommentMode mode, ModerationSettings settings) {
        var term = terms.firstMatch(draft.body());
        if (term.isPresent() && term.get().term().kind() == TermKind.BANNED) {
            return Verdict.reject("Yasaklı kelime: " + describe(term.get()));
        }
        if (term.isPresent() && term.get().term().kind() == TermKind.SUSPECT) {
            return Verdict.hold("Şüpheli kelime: " + describe(term.get()));
        }
        int links = CommentText.links(draft.body());
        if (links > settings.maxLinks()) {
            return Verdict.hold("Çok bağlantı: " + links + " bağlantı (en çok " + settings.maxLinks() + ")");
        }
        if (CommentText.shouting(draft.body())) {
            return Verdict.hold("Tamamı büyük harf");
        }
        Instant now = clock.instant();
        if (draft.fingerprint().length() >= COPY_MIN_LENGTH
                && store.sameTextSince(draft.fingerprint(), now.minus(COPY_WINDOW)) > 0) {
            return Verdict.hold("Aynı metin son 24 saatte başka bir yorumda da gönderildi");
        }
        if (store.countByCommenterSince(draft.commenter(), now.minus(BURST_WINDOW)) >= BURST) {
            return Verdict.hold("Kısa sürede çok yorum: son 10 dakikada " + BURST + " yorumdan fazla");
        }
        CommentMode effective = mode == CommentMode.OPEN ? settings.mode() : mode;
        if (effective == CommentMode.PREMODERATED) {
            return Verdict.hold("Ön moderasyon: yorumlar onaydan sonra yayımlanır");
        }
        if (effective == CommentMode.NEW_COMMENTERS_WAIT
                && store.countByCommenter(draft.commenter(), CommentStatus.PUBLISHED) < settings.newCommenterWaits()) {
            return Verdict.hold("Yeni yorumcu: ilk " + settings.newCommenterWaits() + " yorum onay bekler");
        }
        return Verdict.publish();
    }

    private static String describe(TermMatch match) {
        String found = match.found();
        String term = match.term().text();
        return found.equalsIgnoreCase(term) ? "«" + term + "»" : "«" + term + "» (yazılışı: «" + found + "»)";
    }
}
