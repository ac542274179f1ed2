package tr.manset.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * How Turkish text becomes index terms. Every text field is indexed twice:
 * <ul>
 *   <li>stemmed: apostrophe suffixes dropped ("Putin'in" → putin), Turkish lower case (İ→i, I→ı),
 *       stop words removed, Snowball's Turkish stemmer ("görüşmelerde" → görüşme);</li>
 *   <li>folded ({@code *_folded}): apostrophes, Turkish lower case and stop words as above, then
 *       diacritics folded and each word cut to its first five letters ("görüşmelerde", "gorusme"
 *       → gorus; "Bakanlığı", "bakanligi" → bakan). Cutting to a fixed prefix is a known, robust
 *       stemmer for Turkish, and unlike Snowball it does not depend on the Turkish letters a
 *       reader may not type; so queries typed without them find the same stories. It matches
 *       more loosely, so its fields weigh less than the stemmed ones.</li>
 * </ul>
 * A third, {@code *_prefix} analysis (folded, not stemmed) serves search-as-you-type.
 */
final class TurkishAnalysis {

    static final String FOLDED = "_folded";
    static final String PREFIX = "_prefix";
    /** Letters a folded word keeps. */
    static final int PREFIX_LENGTH = 5;

    private TurkishAnalysis() {}

    static Analyzer stemmed() {
        return new TurkishAnalyzer();
    }

    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ApostropheFilter(source);
                result = new TurkishLowerCaseFilter(result);
                result = new StopFilter(result, TurkishAnalyzer.getDefaultStopSet());
                result = new ASCIIFoldingFilter(result);
                result = new TruncateTokenFilter(result, PREFIX_LENGTH);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new TurkishLowerCaseFilter(in));
            }
        };
    }

    /** Whole words, folded, for prefixes: "gor" finds "Görüşme". */
    static Analyzer prefix() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ApostropheFilter(source);
                result = new TurkishLowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new LowerCaseFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The analyzer for every field by its name. */
    static Analyzer perField() {
        Analyzer folded = folded();
        Analyzer prefix = prefix();
        return new PerFieldAnalyzerWrapper(stemmed(), Map.of(
            SearchFields.HEADLINE + FOLDED, folded,
            SearchFields.SPOT + FOLDED, folded,
            SearchFields.BODY + FOLDED, folded,
            SearchFields.EXTRA + FOLDED, folded,
            SearchFields.HEADLINE + PREFIX, prefix));
    }

    /** For highlighting: the stored fields read as folded, so matches typed either way are marked. */
    static Analyzer highlighting() {
        return folded();
    }
}
