/**
 * Reader comments and their moderation: posting, replies, likes and reports on the article page;
 * the moderators' queues, rules, bans and the legal logs under /yonetim/moderasyon.
 */
package tr.manset.comment;
