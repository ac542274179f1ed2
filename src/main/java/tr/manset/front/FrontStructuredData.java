package tr.manset.front;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.manset.article.Tag;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.JsonLd;
import tr.manset.system.layout.NavLink;
import tr.manset.system.layout.StructuredData;

/**
 * What the pages around the stories tell search engines: the site and its search on the home page,
 * the breadcrumb trail of a category or tag, and an author's profile.
 */
@Component
class FrontStructuredData {

    private final StructuredData schema;
    private final SiteProperties site;

    FrontStructuredData(StructuredData schema, SiteProperties site) {
        this.schema = schema;
        this.site = site;
    }

    /** The Organization, and the WebSite with the search box Google may show under the site's result. */
    JsonLd home() {
        Map<String, Object> target = StructuredData.thing("EntryPoint");
        target.put("urlTemplate", schema.absolute("/arama?q={search_term_string}"));
        Map<String, Object> search = StructuredData.thing("SearchAction");
        search.put("target", target);
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> website = StructuredData.thing("WebSite");
        website.put("@id", schema.absolute("/#website"));
        website.put("name", site.siteName());
        website.put("url", schema.absolute("/"));
        website.put("inLanguage", "tr");
        website.put("publisher", Map.of("@id", schema.absolute("/#organization")));
        website.put("potentialAction", search);
        return JsonLd.of(schema.organization(), website);
    }

    JsonLd category(Category category) {
        return JsonLd.of(schema.breadcrumbs(List.of(new NavLink("Ana Sayfa", "/"), new NavLink(category.name(), category.path()))));
    }

    JsonLd tag(Tag tag) {
        return JsonLd.of(schema.breadcrumbs(List.of(new NavLink("Ana Sayfa", "/"), new NavLink(tag.name(), tag.path()))));
    }

    /** A ProfilePage whose main entity is the author as a Person. */
    JsonLd profile(Author author, String canonical) {
        Map<String, Object> person = StructuredData.thing("Person");
        person.put("@id", schema.absolute(author.path()) + "#kisi");
        person.put("name", author.name());
        person.put("url", schema.absolute(author.path()));
        if (!author.title().isEmpty()) {
            person.put("jobTitle", author.title());
        }
        if (!author.bio().isEmpty()) {
            person.put("description", author.bio());
        }
        if (author.hasPhoto()) {
            person.put("image", schema.absolute(author.photo().urlFor(400)));
        }
        person.put("worksFor", Map.of("@id", schema.absolute("/#organization")));
        Map<String, Object> profile = StructuredData.thing("ProfilePage");
        profile.put("@id", canonical);
        profile.put("url", canonical);
        profile.put("inLanguage", "tr");
        profile.put("mainEntity", person);
        return JsonLd.of(profile);
    }
}
