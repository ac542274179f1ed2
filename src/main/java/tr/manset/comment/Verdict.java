package tr.manset.comment;

/** What the rules decided for a new comment, and which rule decided it (empty when none fired). */
public record Verdict(CommentStatus status, String rule) {

    static Verdict publish() {
        return new Verdict(CommentStatus.PUBLISHED, "");
    }

    static Verdict hold(String rule) {
        return new Verdict(CommentStatus.PENDING, rule);
    }

    static Verdict reject(String rule) {
        return new Verdict(CommentStatus.REJECTED, rule);
    }
}
