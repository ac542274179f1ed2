package tr.manset.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What changed between two saved states of a story, field by field and word by word, for the
 * revision history. Only changed fields are listed; the body is compared as plain text, one line
 * per block.
 */
public record RevisionDiff(List<Field> fields) {

    /** Longer fields are not compared: the page would be unreadable and the comparison slow. */
    static final int MAX_WORDS = 5_000;

    /**
     * Beyond this many added and removed words a field counts as rewritten and shows as removed,
     * then added. It bounds the comparison's memory at a few megabytes (Myers' trace grows with the
     * square of the edits), and a word-by-word view of so many edits helps nobody.
     */
    static final int MAX_EDITS = 1_000;

    /** A line break in a compared text: a token of its own, so a new list item shows as a new line. */
    static final String NEWLINE = "\n";

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    public RevisionDiff {
        fields = List.copyOf(fields);
    }

    public enum Kind { SAME, ADDED, REMOVED }

    /** Words that stayed, came or went, joined by single spaces; line breaks are kept as "\n". */
    public record Segment(Kind kind, String text) {}

    /** One changed field; no segments when it was too long to compare. */
    public record Field(String label, List<Segment> segments, boolean tooLong) {

        public Field {
            segments = List.copyOf(segments);
        }

        /** Whether a space separates segment {@code index} from the one before it (never around a line break). */
        public boolean spaceBefore(int index) {
            return index > 0 && !segments.get(index - 1).text().endsWith(NEWLINE)
                && !segments.get(index).text().startsWith(NEWLINE);
        }
    }

    public boolean changed() {
        return !fields.isEmpty();
    }

    public Optional<Field> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** Categories and authors shown by number, for when their names do not matter. */
    static RevisionDiff between(Content older, Content newer) {
        return between(older, newer, id -> "#" + id, id -> "#" + id);
    }

    /** Compares every field an editor writes; categories and authors are shown by the given names. */
    public static RevisionDiff between(Content older, Content newer, LongFunction<String> categoryName,
                                       LongFunction<String> authorName) {
        List<Field> fields = new ArrayList<>();
        compare(fields, "Başlık", older.headline(), newer.headline());
        compare(fields, "Özet", older.spot(), newer.spot());
        compare(fields, "Haber metni", text(older.body()), text(newer.body()));
        compare(fields, "Kategori", categoryName.apply(older.categoryId()), categoryName.apply(newer.categoryId()));
        compare(fields, "Yazarlar", names(older.authorIds(), authorName), names(newer.authorIds(), authorName));
        compare(fields, "Etiketler", tags(older), tags(newer));
        compare(fields, "Kaynak", older.source(), newer.source());
        compare(fields, "Ana görsel", hero(older, h -> String.valueOf(h.imageId())), hero(newer, h -> String.valueOf(h.imageId())));
        compare(fields, "Ana görsel alt yazısı", hero(older, HeroImage::caption), hero(newer, HeroImage::caption));
        compare(fields, "Fotoğraf hakkı", hero(older, HeroImage::credit), hero(newer, HeroImage::credit));
        compare(fields, "Alternatif metin", hero(older, HeroImage::alt), hero(newer, HeroImage::alt));
        compare(fields, "Manşet sırası", rank(older), rank(newer));
        compare(fields, "Yorumlar", older.commentMode().label(), newer.commentMode().label());
        return new RevisionDiff(fields);
    }

    /** The body as a reader would skim it: one line per block, marked by its kind. */
    static String text(Body body) {
        return body.blocks().stream().flatMap(RevisionDiff::lines).collect(Collectors.joining(NEWLINE));
    }

    private static Stream<String> lines(Block block) {
        return switch (block) {
            case Block.Paragraph p -> Stream.of(InlineHtml.plain(p.text()));
            case Block.Heading h -> Stream.of("## " + h.text());
            case Block.Bullets l -> l.items().stream().map(item -> "• " + InlineHtml.plain(item));
            case Block.Quote q -> Stream.of("> " + InlineHtml.plain(q.text()) + (q.cite().isBlank() ? "" : " — " + q.cite()));
            case Block.Figure f -> Stream.of(f.caption().isBlank() ? "[Görsel]" : "[Görsel: " + f.caption() + "]");
            case Block.Embed e -> Stream.of("[Gömülü: " + e.url() + "]");
        };
    }

    private static String names(List<Long> ids, LongFunction<String> name) {
        return ids.stream().map(name::apply).collect(Collectors.joining(", "));
    }

    private static String tags(Content content) {
        return content.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
    }

    private static String hero(Content content, Function<HeroImage, String> part) {
        return content.hero() == null ? "" : part.apply(content.hero());
    }

    private static String rank(Content content) {
        return content.leadRank() == null ? "" : String.valueOf(content.leadRank());
    }

    private static void compare(List<Field> fields, String label, String older, String newer) {
        if (Objects.equals(older, newer)) {
            return;
        }
        List<String> before = words(older);
        List<String> after = words(newer);
        if (before.equals(after)) {
            return; // only spacing changed: nothing a reader would see
        }
        if (wordCount(before) > MAX_WORDS || wordCount(after) > MAX_WORDS) {
            fields.add(new Field(label, List.of(), true));
            return;
        }
        fields.add(new Field(label, diff(before, after), false));
    }

    /** Words in reading order, with a {@link #NEWLINE} token between lines. */
    static List<String> words(String text) {
        List<String> tokens = new ArrayList<>();
        String[] lines = text.split(NEWLINE, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                tokens.add(NEWLINE);
            }
            for (String word : SPACES.split(lines[i])) {
                if (!word.isEmpty()) {
                    tokens.add(word);
                }
            }
        }
        return tokens;
    }

    private static long wordCount(List<String> tokens) {
        return tokens.stream().filter(t -> !t.equals(NEWLINE)).count();
    }

    /**
     * Word-level differences. The common start and end are cut off first, on line boundaries so a
     * new line shows as one whole line; what remains goes through Myers' algorithm, which is fast
     * when the texts differ by few words, as revisions usually do.
     */
    static List<Segment> diff(List<String> a, List<String> b) {
        int prefix = 0;
        int shorter = Math.min(a.size(), b.size());
        while (prefix < shorter && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        while (prefix > 0 && !a.get(prefix - 1).equals(NEWLINE)) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        while (suffix > 0 && !(lineStart(a, a.size() - suffix) && lineStart(b, b.size() - suffix))) {
            suffix--;
        }
        Segments out = new Segments();
        a.subList(0, prefix).forEach(word -> out.add(Kind.SAME, word));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
        a.subList(a.size() - suffix, a.size()).forEach(word -> out.add(Kind.SAME, word));
        return out.finish();
    }

    private static boolean lineStart(List<String> tokens, int index) {
        return index == 0 || tokens.get(index - 1).equals(NEWLINE);
    }

    /** Myers' O((N+M)·D) shortest edit script, keeping each round's furthest reaches to walk back. */
    private static void middle(List<String> a, List<String> b, Segments out) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] reach = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            // The reaches before round d, for diagonals -d-1 … d+1: all that walking back needs.
            trace.add(Arrays.copyOfRange(reach, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || (k != d && reach[offset + k - 1] < reach[offset + k + 1]);
                int x = down ? reach[offset + k + 1] : reach[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                reach[offset + k] = x;
                if (x >= n && y >= m) {
                    walkBack(a, b, trace, out);
                    return;
                }
            }
        }
        a.forEach(word -> out.add(Kind.REMOVED, word));
        b.forEach(word -> out.add(Kind.ADDED, word));
    }

    private static void walkBack(List<String> a, List<String> b, List<int[]> trace, Segments out) {
        List<Segment> steps = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] reach = trace.get(d);
            int k = x - y;
            boolean down = k == -d || (k != d && reach[k - 1 + d + 1] < reach[k + 1 + d + 1]);
            int previousK = down ? k + 1 : k - 1;
            int previousX = reach[previousK + d + 1];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                steps.add(new Segment(Kind.SAME, a.get(x - 1)));
                x--;
                y--;
            }
            if (d > 0) {
                steps.add(x == previousX ? new Segment(Kind.ADDED, b.get(y - 1)) : new Segment(Kind.REMOVED, a.get(x - 1)));
            }
            x = previousX;
            y = previousY;
        }
        Collections.reverse(steps);
        steps.forEach(step -> out.add(step.kind(), step.text()));
    }

    /** Gathers words into segments; between two unchanged stretches, what went comes before what came. */
    private static final class Segments {

        private final List<Segment> segments = new ArrayList<>();
        private final List<String> same = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final List<String> added = new ArrayList<>();

        void add(Kind kind, String word) {
            switch (kind) {
                case SAME -> {
                    flushChanges();
                    same.add(word);
                }
                case REMOVED -> {
                    flush(Kind.SAME, same);
                    removed.add(word);
                }
                case ADDED -> {
                    flush(Kind.SAME, same);
                    added.add(word);
                }
            }
        }

        List<Segment> finish() {
            flush(Kind.SAME, same);
            flushChanges();
            return segments;
        }

        private void flushChanges() {
            flush(Kind.REMOVED, removed);
            flush(Kind.ADDED, added);
        }

        private void flush(Kind kind, List<String> words) {
            if (words.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            String previous = null;
            for (String word : words) {
                if (previous != null && !previous.equals(NEWLINE) && !word.equals(NEWLINE)) {
                    text.append(' ');
                }
                text.append(word);
                previous = word;
            }
            segments.add(new Segment(kind, text.toString()));
            words.clear();
        }
    }
}
