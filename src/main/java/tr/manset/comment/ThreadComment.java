package tr.manset.comment;

import java.time.Instant;
import java.util.List;
import tr.manset.system.time.TurkishTime;

/** A comment as readers see it, with its published replies, oldest first. */
public record ThreadComment(Comment comment, List<ThreadComment> replies, Instant now) {

    public String html() {
        return CommentText.html(comment.body());
    }

    public String when() {
        return TurkishTime.relative(comment.createdAt(), now);
    }

    public String exactTime() {
        return TurkishTime.dateTime(comment.createdAt());
    }

    public String iso() {
        return TurkishTime.iso(comment.createdAt());
    }

    public String anchor() {
        return "yorum-" + comment.id();
    }
}
