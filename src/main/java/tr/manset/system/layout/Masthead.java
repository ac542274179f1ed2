package tr.manset.system.layout;

import java.util.List;

/**
 * What the top and bottom of every reader page show: the wordmark, today's date, the sections,
 * and the versioned addresses of the site's stylesheet and script.
 */
public record Masthead(String siteName, String today, List<NavLink> sections, String stylesheet, String script) {

    public Masthead {
        sections = List.copyOf(sections);
    }
}
