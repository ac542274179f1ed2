package tr.manset.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import tr.manset.system.time.TurkishTime;

/**
 * Searches the index: reader searches with filters, orders and highlighted snippets; related
 * stories (MoreLikeThis, favouring the same section and recent stories); and headline
 * suggestions while typing. A query never reaches Lucene's query syntax: quotes make phrases,
 * everything else is words, so no input can make a search fail.
 */
@Service
public class Search {

    public static final int PAGE_SIZE = 10;
    static final int MAX_WORDS = 24;

    /** Where a word counts most: the headline, then tags and section, the spot, the text. */
    private static final Map<String, Float> WEIGHTS = Map.of(
        SearchFields.HEADLINE, 3.0f, SearchFields.HEADLINE + TurkishAnalysis.FOLDED, 2.0f,
        SearchFields.EXTRA, 1.5f, SearchFields.EXTRA + TurkishAnalysis.FOLDED, 1.0f,
        SearchFields.SPOT, 1.5f, SearchFields.SPOT + TurkishAnalysis.FOLDED, 1.0f,
        SearchFields.BODY, 1.0f, SearchFields.BODY + TurkishAnalysis.FOLDED, 0.7f);
    private static final Map<String, Float> HIGHLIGHTED = Map.of(
        SearchFields.HEADLINE, 1f, SearchFields.SPOT, 1f, SearchFields.BODY, 1f);
    /** The fields marked in a hit and how many passages of each: the headline, two sentences of the text, one of the spot. */
    private static final String[] HIGHLIGHTED_FIELDS = {SearchFields.HEADLINE, SearchFields.BODY, SearchFields.SPOT};
    private static final int[] PASSAGES = {1, 2, 1};
    private static final int FLAGS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private final SearchIndex index;
    private final Clock clock;
    private final Analyzer analyzer = TurkishAnalysis.perField();
    private final Analyzer highlighting = TurkishAnalysis.highlighting();
    private final Analyzer prefix = TurkishAnalysis.prefix();
    private final Cache<RelatedKey, List<Long>> related = Caffeine.newBuilder()
        .maximumSize(20_000)
        .expireAfterWrite(Duration.ofMinutes(30))
        .build();

    Search(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public SearchResults search(SearchRequest request) {
        if (request.query().isEmpty()) {
            return SearchResults.empty(request, PAGE_SIZE, "");
        }
        if (!request.hasWords()) {
            return SearchResults.empty(request, PAGE_SIZE, "Aramak için en az bir harf ya da rakam yazın.");
        }
        String text = limitWords(request.query());
        return index.search(searcher -> {
            Query all = parse(text, Occur.MUST, WEIGHTS, analyzer);
            TopDocs top = searcher.search(filtered(all, request), request.page() * PAGE_SIZE, sort(request), false);
            String notice = "";
            if (top.totalHits.value() == 0 && text.contains(" ")) {
                Query any = parse(text, Occur.SHOULD, WEIGHTS, analyzer);
                top = searcher.search(filtered(any, request), request.page() * PAGE_SIZE, sort(request), false);
                if (top.totalHits.value() > 0) {
                    notice = "Aradığınız kelimelerin hepsini içeren haber bulunamadı; bazılarını içerenler gösteriliyor.";
                }
            }
            return new SearchResults(request, hits(searcher, top, request.page(), text), top.totalHits.value(),
                top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, PAGE_SIZE, notice);
        });
    }

    /**
     * Stories like this one by their words, never the story itself; the same section and recent
     * stories first among similar ones. Empty when the story is not in the index. Every article
     * page asks, so answers are kept until the index changes.
     */
    public List<Long> related(long articleId, int limit) {
        return related.get(new RelatedKey(articleId, limit, index.generation()), key -> findRelated(articleId, limit));
    }

    private record RelatedKey(long articleId, int limit, long generation) {}

    private List<Long> findRelated(long articleId, int limit) {
        return index.search(searcher -> {
            TopDocs self = searcher.search(KeywordField.newExactQuery(SearchFields.ID, Long.toString(articleId)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            Document story = searcher.storedFields().document(self.scoreDocs[0].doc);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {SearchFields.HEADLINE, SearchFields.SPOT, SearchFields.BODY, SearchFields.TAGS});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Query like = new BooleanQuery.Builder()
                .add(mlt.like(self.scoreDocs[0].doc), Occur.MUST)
                .add(KeywordField.newExactQuery(SearchFields.ID, Long.toString(articleId)), Occur.MUST_NOT)
                .build();
            String category = story.get(SearchFields.CATEGORY);
            Instant now = clock.instant();
            record Candidate(long id, double score) {}
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(like, 40).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                double ageDays = Math.max(0, Duration.between(Instant.ofEpochMilli(
                    doc.getField(SearchFields.PUBLISHED).numericValue().longValue()), now).toHours() / 24.0);
                double recency = 1 / Math.sqrt(1 + ageDays / 7);
                double section = category.equals(doc.get(SearchFields.CATEGORY)) ? 1.3 : 1.0;
                candidates.add(new Candidate(Long.parseLong(doc.get(SearchFields.ID)), hit.score * recency * section));
            }
            return candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(limit)
                .map(Candidate::id)
                .toList();
        });
    }

    /** Headlines that start with what was typed so far ("ankara'da dep" → "…deprem…"), newest first. */
    public List<SearchResults.Hit> suggest(String typed, int limit) {
        List<String> words = words(typed == null ? "" : typed.strip());
        if (words.isEmpty() || words.getLast().length() < 2) {
            return List.of();
        }
        String field = SearchFields.HEADLINE + TurkishAnalysis.PREFIX;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1 && i < MAX_WORDS; i++) {
            query.add(new TermQuery(new Term(field, words.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(field, words.getLast())), Occur.MUST);
        return index.search(searcher -> {
            TopDocs top = searcher.search(query.build(), limit, byDate(), false);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                hits.add(hit(doc, doc.get(SearchFields.HEADLINE), ""));
            }
            return hits;
        });
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, TopDocs top, int page, String text) throws IOException {
        int from = (page - 1) * PAGE_SIZE;
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, shown);
        Query marks = parse(text, Occur.SHOULD, HIGHLIGHTED, highlighting);
        Map<String, String[]> marked = highlighter(searcher).highlightFields(HIGHLIGHTED_FIELDS, marks, pageDocs, PASSAGES);
        String[] headlines = marked.get(SearchFields.HEADLINE);
        String[] bodies = marked.get(SearchFields.BODY);
        String[] spots = marked.get(SearchFields.SPOT);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            Document doc = stored.document(shown[i].doc);
            String headline = headlines[i] != null ? headlines[i] : escape(doc.get(SearchFields.HEADLINE));
            String snippet = bodies[i] != null ? bodies[i] : spots[i] != null ? spots[i] : escape(doc.get(SearchFields.SPOT));
            hits.add(hit(doc, headline, snippet));
        }
        return hits;
    }

    /**
     * One highlighter for the three fields, so that each story's stored fields are read once rather
     * than once a field: the headline marked whole, the spot and the text by sentences.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, highlighting)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            .withBreakIterator(() -> BreakIterator.getSentenceInstance(TURKISH));
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return SearchFields.HEADLINE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
            }
        };
    }

    private static SearchResults.Hit hit(Document doc, String headline, String snippet) {
        return new SearchResults.Hit(Long.parseLong(doc.get(SearchFields.ID)), headline, snippet, doc.get(SearchFields.PATH),
            doc.get(SearchFields.CATEGORY_NAME),
            Instant.ofEpochMilli(doc.getField(SearchFields.PUBLISHED).numericValue().longValue()));
    }

    private static Query parse(String text, Occur operator, Map<String, Float> weights, Analyzer analyzer) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
        parser.setDefaultOperator(operator);
        Query query = parser.parse(text);
        return query == null ? new MatchNoDocsQuery() : query;
    }

    private static Query filtered(Query query, SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!request.category().isEmpty()) {
            builder.add(KeywordField.newExactQuery(SearchFields.CATEGORY, request.category()), Occur.FILTER);
        }
        if (!request.author().isEmpty()) {
            builder.add(KeywordField.newExactQuery(SearchFields.AUTHOR, request.author()), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : startOf(request.from());
            long to = request.to() == null ? Long.MAX_VALUE : startOf(request.to().plusDays(1)) - 1;
            builder.add(LongField.newRangeQuery(SearchFields.PUBLISHED, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(TurkishTime.ISTANBUL).toInstant().toEpochMilli();
    }

    private static Sort sort(SearchRequest request) {
        return request.byDate() ? byDate()
            : new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));
    }

    private static Sort byDate() {
        return new Sort(new SortedNumericSortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));
    }

    /** At most {@link #MAX_WORDS} words: a pasted paragraph still searches, within bounds. */
    private static String limitWords(String text) {
        String[] words = text.split(" ");
        return words.length <= MAX_WORDS ? text : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = prefix.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return words;
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
