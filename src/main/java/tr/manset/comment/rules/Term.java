package tr.manset.comment.rules;

import java.util.Objects;

/** A word or phrase to look for in comments, written as people write it ("alçak", "vatan haini"). */
public record Term(String text, TermKind kind) {

    public Term {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A term needs some text");
        }
    }
}
