package tr.manset.article;

import java.util.List;

/**
 * "Çok Okunanlar": the stories read most in the last 24 hours and in the last 7 days, most read
 * first.
 */
public record MostReadLists(List<Teaser> day, List<Teaser> week) {

    public static final MostReadLists NONE = new MostReadLists(List.of(), List.of());

    /** Nothing read yet: the block is left out. */
    public boolean empty() {
        return day.isEmpty() && week.isEmpty();
    }
}
