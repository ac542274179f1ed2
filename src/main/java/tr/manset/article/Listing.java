package tr.manset.article;

import java.util.HashMap;
import java.util.Map;

/**
 * Which published stories a list shows: all, one category's, one author's or one tag's,
 * optionally leaving one story out. The SQL fragments are constants; values travel as parameters.
 */
record Listing(String join, String filter, Map<String, Object> params) {

    static Listing all() {
        return new Listing("", "", Map.of());
    }

    static Listing inCategory(long categoryId) {
        return new Listing("", "AND a.category_id = :categoryId\n", Map.of("categoryId", categoryId));
    }

    static Listing byAuthor(long authorId) {
        return new Listing("JOIN article_authors aa ON aa.article_id = a.id\n", "AND aa.author_id = :authorId\n",
            Map.of("authorId", authorId));
    }

    static Listing withTag(long tagId) {
        return new Listing("JOIN article_tags t ON t.article_id = a.id\n", "AND t.tag_id = :tagId\n",
            Map.of("tagId", tagId));
    }

    Listing excluding(long articleId) {
        Map<String, Object> more = new HashMap<>(params);
        more.put("excludeId", articleId);
        return new Listing(join, filter + "AND a.id <> :excludeId\n", more);
    }
}
