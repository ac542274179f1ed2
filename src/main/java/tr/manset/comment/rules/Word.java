package tr.manset.comment.rules;

/** A normalized word and where it was written: {@code start} to {@code end} in the original text. */
record Word(String text, int start, int end) {}
