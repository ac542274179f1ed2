package tr.manset.reader;

/**
 * The person a KVKK request is about: a reader account, an e-mail address, or both.
 *
 * @param readerId the reader account, or null for someone without one (e.g. only a subscriber)
 * @param email the address the person proved they own, lower case; null if unknown
 */
public record DataSubject(Long readerId, String email) {}
