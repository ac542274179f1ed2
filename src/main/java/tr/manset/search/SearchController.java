package tr.manset.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;
import tr.manset.system.time.TurkishTime;

/**
 * /arama for readers, /arama/oneri for search-as-you-type and /api/v1/search for programs. Every
 * parameter is read as text and checked here, so no input answers with an error page.
 */
@Controller
class SearchController {

    private final Search search;
    private final Categories categories;
    private final Authors authors;
    private final SiteProperties site;

    SearchController(Search search, Categories categories, Authors authors, SiteProperties site) {
        this.search = search;
        this.categories = categories;
        this.authors = authors;
        this.site = site;
    }

    @GetMapping("/arama")
    ModelAndView page(@RequestParam Map<String, String> params) {
        Parsed parsed = parse(params);
        SearchResults results = search.search(parsed.request());
        String notice = parsed.problem().isEmpty() ? results.notice() : parsed.problem();
        String title = parsed.request().query().isEmpty() ? "Arama" : "“" + parsed.request().query() + "” araması";
        PageMeta meta = new PageMeta(title + " - " + site.siteName(),
            site.siteName() + " haberlerinde arayın: kategoriye, yazara ve tarihe göre süzün.", site.absolute("/arama"), "",
            "website", false);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("results", results);
        model.put("notice", notice);
        model.put("meta", meta);
        model.put("categories", categories.all());
        model.put("authors", authors.all());
        model.put("base", base(parsed.request()));
        return new ModelAndView("search/results", model);
    }

    @GetMapping("/arama/oneri")
    ResponseEntity<List<Map<String, String>>> suggestions(@RequestParam(name = "q", defaultValue = "") String typed) {
        String text = typed.length() > SearchRequest.MAX_QUERY ? typed.substring(0, SearchRequest.MAX_QUERY) : typed;
        List<Map<String, String>> found = search.suggest(text, 8).stream()
            .map(hit -> Map.of("baslik", hit.headline(), "adres", hit.path()))
            .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic()).body(found);
    }

    @GetMapping("/api/v1/search")
    @ResponseBody
    ResponseEntity<Map<String, Object>> api(@RequestParam Map<String, String> params) {
        Parsed parsed = parse(params);
        SearchResults results = search.search(parsed.request());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", parsed.request().query());
        body.put("total", results.total());
        body.put("totalIsLowerBound", results.atLeast());
        body.put("page", parsed.request().page());
        body.put("pageSize", results.pageSize());
        body.put("notice", parsed.problem().isEmpty() ? results.notice() : parsed.problem());
        body.put("results", results.hits().stream().map(hit -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", hit.id());
            item.put("headline", hit.headline());
            item.put("snippet", hit.snippet());
            item.put("url", site.absolute(hit.path()));
            item.put("category", hit.categoryName());
            item.put("publishedAt", TurkishTime.iso(hit.published()));
            return item;
        }).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic()).body(body);
    }

    record Parsed(SearchRequest request, String problem) {}

    /** Reader-facing names: q, kategori, yazar, baslangic, bitis (yyyy-aa-gg), sirala (tarih), sayfa. */
    static Parsed parse(Map<String, String> params) {
        String problem = "";
        LocalDate from = null;
        LocalDate to = null;
        try {
            from = date(params.get("baslangic"));
            to = date(params.get("bitis"));
        } catch (DateTimeParseException badDate) {
            problem = "Tarihi yyyy-aa-gg biçiminde yazın (ör. 2026-11-29); tarih süzgeci uygulanmadı.";
            from = null;
            to = null;
        }
        int page = 1;
        try {
            page = Integer.parseInt(params.getOrDefault("sayfa", "1").strip());
        } catch (NumberFormatException notANumber) {
            page = 1;
        }
        SearchRequest request = new SearchRequest(params.getOrDefault("q", ""), params.getOrDefault("kategori", ""),
            params.getOrDefault("yazar", ""), from, to, "tarih".equals(params.get("sirala")), page);
        return new Parsed(request, problem);
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** The address of this search without its page, for the pager. */
    static String base(SearchRequest request) {
        StringBuilder url = new StringBuilder("/arama?q=").append(encode(request.query()));
        if (!request.category().isEmpty()) {
            url.append("&kategori=").append(encode(request.category()));
        }
        if (!request.author().isEmpty()) {
            url.append("&yazar=").append(encode(request.author()));
        }
        if (request.from() != null) {
            url.append("&baslangic=").append(request.from());
        }
        if (request.to() != null) {
            url.append("&bitis=").append(request.to());
        }
        if (request.byDate()) {
            url.append("&sirala=tarih");
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
