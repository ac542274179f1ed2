package tr.manset.comment.traffic;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of the traffic log ended: rows come newest first by (at, id), and the next page
 * starts after this one. Keyset paging stays fast however long the log grows.
 */
record TrafficCursor(Instant at, long id) {

    private static final Pattern TEXT = Pattern.compile("(-?\\d{1,18})-(\\d{1,18})");

    static TrafficCursor after(TrafficEntry entry) {
        return new TrafficCursor(entry.at(), entry.id());
    }

    /** "1764570615123-42": epoch milliseconds and id, for the address of the next page. */
    String text() {
        return at.toEpochMilli() + "-" + id;
    }

    /** The cursor in an address, or empty when there is none or it is not one. */
    static Optional<TrafficCursor> parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TrafficCursor(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))),
                Long.parseLong(matcher.group(2))));
        } catch (RuntimeException outOfRange) {
            return Optional.empty();
        }
    }
}
