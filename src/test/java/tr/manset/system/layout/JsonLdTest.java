package tr.manset.system.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tr.manset.system.SiteProperties;

class JsonLdTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SiteProperties SITE = new SiteProperties(Path.of("data"), "Manşet", "https://haber.example/", false, null);

    @Test
    void writesHtmlCharactersAsEscapesThatStillMeanTheSameText() {
        String text = "Başlık </script><!-- & \"tırnak\" > son";
        Map<String, Object> thing = StructuredData.thing("NewsArticle");
        thing.put("headline", text);

        String script = JsonLd.of(thing).scripts().getFirst();

        assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&")
            .contains("\\u003c/script\\u003e").contains("\\u0026");
        JsonNode parsed = JSON.readTree(script);
        assertThat(parsed.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(parsed.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(parsed.path("headline").asString()).isEqualTo(text);
    }

    @Test
    void writesAddressesPlainly() {
        Map<String, Object> thing = StructuredData.thing("WebSite");
        thing.put("url", "https://haber.example/arama?q={search_term_string}");

        assertThat(JsonLd.of(thing).scripts().getFirst()).contains("\"https://haber.example/arama?q={search_term_string}\"");
    }

    @Test
    void listsTheOrganizationsProfilesOnlyWhenConfigured() {
        StructuredData bare = new StructuredData(SITE, List.of(""));
        StructuredData linked = new StructuredData(SITE, List.of(" https://x.com/manset", "", "https://www.youtube.com/@manset"));

        assertThat(bare.organization()).doesNotContainKey("sameAs");
        assertThat(linked.organization().get("sameAs")).isEqualTo(List.of("https://x.com/manset", "https://www.youtube.com/@manset"));
        assertThat(linked.organization().get("url")).isEqualTo("https://haber.example/");
        assertThat(linked.publisher()).doesNotContainKey("sameAs").containsEntry("@id", "https://haber.example/#organization");
    }

    @Test
    void numbersBreadcrumbsFromTheHomePage() {
        StructuredData schema = new StructuredData(SITE, List.of());

        Map<String, Object> trail = schema.breadcrumbs(List.of(new NavLink("Ana Sayfa", "/"), new NavLink("Dünya", "/dunya")));

        assertThat(trail.get("itemListElement")).isEqualTo(List.of(
            Map.of("@type", "ListItem", "position", 1, "name", "Ana Sayfa", "item", "https://haber.example/"),
            Map.of("@type", "ListItem", "position", 2, "name", "Dünya", "item", "https://haber.example/dunya")));
    }
}
