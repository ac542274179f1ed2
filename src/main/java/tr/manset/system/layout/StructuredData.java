package tr.manset.system.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tr.manset.system.SiteProperties;

/**
 * The schema.org pieces every kind of page shares: the site as an Organization, its logo, and
 * breadcrumbs, all with absolute addresses under the configured base URL.
 */
@Component
public class StructuredData {

    /** The wordmark, for a story's publisher: fits the 600 × 60 box article publishers were asked for. */
    static final String WIDE_LOGO = "/assets/logo.png";
    /** The square mark, for the Organization itself: Google asks for a logo of at least 112 × 112. */
    static final String SQUARE_LOGO = "/assets/logo-square.png";

    private final SiteProperties site;
    private final List<String> sameAs;

    StructuredData(SiteProperties site, @Value("${manset.same-as:}") List<String> sameAs) {
        this.site = site;
        this.sameAs = sameAs.stream().map(String::strip).filter(address -> !address.isEmpty()).toList();
    }

    public String absolute(String path) {
        return site.absolute(path);
    }

    /** The site as a top-level Organization, for the home page; the same @id as every story's publisher. */
    public Map<String, Object> organization() {
        Map<String, Object> organization = organization(image(SQUARE_LOGO, 512, 512));
        if (!sameAs.isEmpty()) {
            organization.put("sameAs", sameAs);
        }
        return organization;
    }

    /** The site as a story's publisher. */
    public Map<String, Object> publisher() {
        return organization(image(WIDE_LOGO, 600, 60));
    }

    /** A BreadcrumbList of the given links, in order, from the home page down. */
    public Map<String, Object> breadcrumbs(List<NavLink> trail) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (NavLink link : trail) {
            Map<String, Object> item = thing("ListItem");
            item.put("position", items.size() + 1);
            item.put("name", link.label());
            item.put("item", absolute(link.href()));
            items.add(item);
        }
        Map<String, Object> list = thing("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    /** An ImageObject of a picture on this site. */
    public Map<String, Object> image(String path, int width, int height) {
        Map<String, Object> image = thing("ImageObject");
        image.put("url", absolute(path));
        image.put("width", width);
        image.put("height", height);
        return image;
    }

    /** An empty thing of the type, keeping its properties in the order they are put. */
    public static Map<String, Object> thing(String type) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        return thing;
    }

    private Map<String, Object> organization(Map<String, Object> logo) {
        Map<String, Object> organization = thing("Organization");
        organization.put("@id", absolute("/#organization"));
        organization.put("name", site.siteName());
        organization.put("url", absolute("/"));
        organization.put("logo", logo);
        return organization;
    }
}
