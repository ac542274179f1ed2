package tr.manset.pages;

import java.time.Instant;
import java.util.List;
import tr.manset.system.time.TurkishTime;

/**
 * A text page as readers see it.
 *
 * @param body the text in {@link Markup}: the admins' own, or the shipped one when {@code shipped}
 * @param version how many times admins saved it (0: never)
 * @param updatedAt the last save, or null before the first
 */
public record PageText(TextPage page, String body, boolean shipped, long version, Instant updatedAt) {

    public List<Markup.Block> blocks() {
        return Markup.parse(body);
    }

    public String updated() {
        return updatedAt == null ? "" : TurkishTime.dateTime(updatedAt);
    }
}
