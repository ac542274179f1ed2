package tr.manset.reader;

import java.time.Instant;

/**
 * A reader with an account, as other modules see them (no password).
 *
 * @param email lower case; the reader proved it is theirs
 * @param displayName the name shown on their comments
 * @param notifyReplies whether they want an e-mail when someone answers their comment
 */
public record Reader(long id, String email, String displayName, boolean notifyReplies, Instant createdAt) {}
