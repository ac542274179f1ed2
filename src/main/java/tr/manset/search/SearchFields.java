package tr.manset.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;

/** The index's fields and how a {@link SearchDocument} becomes a Lucene document. */
final class SearchFields {

    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String SPOT = "spot";
    static final String BODY = "body";
    /** Tags alone, for related stories. */
    static final String TAGS = "tags";
    /** Tags, category name and author names: words that describe the story. */
    static final String EXTRA = "extra";
    static final String CATEGORY = "category";
    static final String AUTHOR = "author";
    static final String PUBLISHED = "published";
    static final String PATH = "path";
    static final String CATEGORY_NAME = "category_name";

    /** Change when fields or analysis change: a node then rebuilds its index at start. */
    static final String SCHEMA_VERSION = "1";

    private SearchFields() {}

    static Document toDocument(SearchDocument story) {
        Document doc = new Document();
        doc.add(new KeywordField(ID, Long.toString(story.id()), Field.Store.YES));
        text(doc, HEADLINE, story.headline());
        text(doc, SPOT, story.spot());
        text(doc, BODY, story.body());
        String extra = String.join(" ", story.tags()) + " " + story.categoryName() + " " + String.join(" ", story.authorNames());
        text(doc, EXTRA, extra);
        doc.add(new TextField(TAGS, String.join(" ", story.tags()), Field.Store.YES));
        doc.add(new TextField(HEADLINE + TurkishAnalysis.PREFIX, story.headline(), Field.Store.NO));
        doc.add(new KeywordField(CATEGORY, story.categorySlug(), Field.Store.YES));
        for (String author : story.authorSlugs()) {
            doc.add(new KeywordField(AUTHOR, author, Field.Store.NO));
        }
        doc.add(new LongField(PUBLISHED, story.publishedAt().toEpochMilli(), Field.Store.YES));
        doc.add(new StoredField(PATH, story.path()));
        doc.add(new StoredField(CATEGORY_NAME, story.categoryName()));
        return doc;
    }

    /** Stored and stemmed under the name, and folded under name_folded. */
    private static void text(Document doc, String name, String value) {
        String text = value == null ? "" : value;
        doc.add(new TextField(name, text, Field.Store.YES));
        doc.add(new TextField(name + TurkishAnalysis.FOLDED, text, Field.Store.NO));
    }
}
