package tr.manset.comment;

import java.time.Instant;

/**
 * A reader's comment. The e-mail address and the address hash are never shown to readers;
 * {@code rule} names what held or rejected it, for moderators.
 *
 * @param readerId the reader account that wrote it, or null for a guest
 * @param replyToId the comment a reply answers ({@code parentId} is the thread it joins), or null
 */
public record Comment(
        long id,
        long articleId,
        Long parentId,
        String commenter,
        String name,
        String email,
        String ipHash,
        String body,
        CommentStatus status,
        String rule,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy,
        String decisionNote,
        int likes,
        int dislikes,
        int reports,
        Long readerId,
        Long replyToId) {

    public boolean published() {
        return status == CommentStatus.PUBLISHED;
    }

    public boolean reply() {
        return parentId != null;
    }
}
