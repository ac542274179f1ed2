package tr.manset.comment.rules;

/** What a matching term does to a comment. */
public enum TermKind {
    /** The comment is rejected. */
    BANNED,
    /** The comment is held for a moderator. */
    SUSPECT,
    /** An exception: words matching it never match a banned or suspect term ("alçakgönüllü"). */
    ALLOWED
}
