package tr.manset.article;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A calendar month (Istanbul time) in which stories were first published.
 *
 * @param lastModified the newest update or first publication among that month's stories
 */
public record StoryMonth(YearMonth month, Instant lastModified) {}
