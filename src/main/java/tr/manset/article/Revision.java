package tr.manset.article;

import java.time.Instant;
import tr.manset.system.time.TurkishTime;

/** A saved state of a story's content: who saved it and when. */
public record Revision(long articleId, int version, Content content, Long staffId, String staffName, Instant savedAt) {

    public String when() {
        return TurkishTime.dateTime(savedAt);
    }
}
