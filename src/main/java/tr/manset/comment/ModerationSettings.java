package tr.manset.comment;

/**
 * The site's moderation settings, changed by admins in the newsroom.
 *
 * @param mode how stories whose comment mode is {@link CommentMode#OPEN} take comments
 * @param newCommenterWaits with {@link CommentMode#NEW_COMMENTERS_WAIT}: how many published
 *     comments a commenter needs before theirs appear at once
 * @param closeAfterDays comments close by themselves this many days after publication (0: never)
 * @param maxLinks more links than this hold a comment for review
 * @param reportThreshold this many open reports hide a comment until a moderator decides
 */
public record ModerationSettings(CommentMode mode, int newCommenterWaits, int closeAfterDays, int maxLinks,
                                 int reportThreshold) {

    public static final ModerationSettings DEFAULTS =
        new ModerationSettings(CommentMode.POSTMODERATED, 2, 30, 2, 3);

    /** The modes the site default may take: closed or "follow the site" make no sense here. */
    public static boolean siteMode(CommentMode mode) {
        return mode == CommentMode.POSTMODERATED || mode == CommentMode.PREMODERATED
            || mode == CommentMode.NEW_COMMENTERS_WAIT;
    }
}
