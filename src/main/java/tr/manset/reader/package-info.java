/**
 * Readers as people the site holds data about: their accounts (sign-up confirmed by mail, sign-in
 * with a session cookie of their own, apart from staff sessions), and their rights under KVKK (a
 * copy of their data, erasure, withdrawing consent, each logged for the newsroom). Modules that
 * keep personal data about readers take part by implementing {@link PersonalData}; {@link Readers}
 * tells them who is signed in and {@link ReplyNotices} mails readers about answers to their comments.
 */
package tr.manset.reader;
