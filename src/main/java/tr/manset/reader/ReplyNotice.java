package tr.manset.reader;

import java.time.Instant;

/**
 * Someone answered a reader's comment and the answer is now published.
 *
 * @param recipientId the reader whose comment was answered
 * @param replierId the reader who answered, or null for a guest
 * @param replyId the answer
 * @param repliedAt when the answer was written; with its id it names the mail, so it is sent once
 * @param path the story's address on this site, e.g. "/dunya/baslik-12"
 */
public record ReplyNotice(long recipientId, Long replierId, long replyId, Instant repliedAt, String replierName, String headline,
                          String path, String excerpt) {}
