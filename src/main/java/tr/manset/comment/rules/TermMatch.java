package tr.manset.comment.rules;

/** A term found in a comment; {@code found} is the word or words as the reader wrote them. */
public record TermMatch(Term term, String found) {}
