package tr.manset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One address of each kind of reader page on the demo site (manset.demo=true), by kind. */
public final class DemoPages {

    private DemoPages() {
    }

    /** Home, category, article, author, tag, search and comments pages; the article is a demo story with a conversation. */
    public static Map<String, String> of(Browser http, JdbcClient db) {
        String article = db.sql("""
                SELECT '/' || c.slug || '/' || a.slug || '-' || a.id
                FROM articles a JOIN categories c ON c.id = a.category_id
                WHERE a.headline LIKE 'Kira artışları yavaşladı%'
                """).query(String.class).single();
        String tag = http.page(article).select(".tags a").first().attr("href");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("category", "/dunya");
        pages.put("article", article);
        pages.put("author", "/yazar/derya-karaca");
        pages.put("tag", tag);
        pages.put("search", "/arama?q=kira");
        pages.put("comments", article + "/yorumlar");
        return pages;
    }
}
