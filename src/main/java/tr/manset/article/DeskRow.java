package tr.manset.article;

import java.time.Instant;
import tr.manset.system.time.TurkishTime;

/** A story in the newsroom's lists: enough to find it and see where it stands. */
public record DeskRow(long id, String headline, Status status, long categoryId, String categoryName, Long createdBy,
                      String createdByName, Instant modifiedAt, Instant firstPublishedAt, Instant scheduledAt,
                      Integer leadRank) {

    public String modified() {
        return TurkishTime.dateTime(modifiedAt);
    }

    public String published() {
        return TurkishTime.dateTime(firstPublishedAt);
    }

    public String scheduled() {
        return TurkishTime.dateTime(scheduledAt);
    }

    public String badge() {
        return "badge badge-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
