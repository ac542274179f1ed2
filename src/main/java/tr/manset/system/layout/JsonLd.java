package tr.manset.system.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data for search engines, written as JSON that is safe inside an HTML script element:
 * {@code <}, {@code >} and {@code &} are written as JSON escapes ({@code <} becomes backslash-u003c),
 * so no headline or bio can close the element or open a comment. Each thing becomes one
 * {@code <script type="application/ld+json">}.
 */
public final class JsonLd {

    public static final JsonLd NONE = new JsonLd(List.of());

    private static final ObjectWriter JSON = JsonMapper.builder()
        // Plain "https://…" addresses: the escapes below already keep the text inside its element.
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build()
        .writer()
        .with(new ScriptSafe());

    private final List<String> scripts;

    private JsonLd(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** Each map is one top-level thing; "@context": "https://schema.org" is put first in each. */
    public static JsonLd of(List<Map<String, Object>> things) {
        return new JsonLd(things.stream().map(JsonLd::write).toList());
    }

    @SafeVarargs
    public static JsonLd of(Map<String, Object>... things) {
        return of(List.of(things));
    }

    /** The JSON of each script element, ready to be written unescaped between its tags. */
    public List<String> scripts() {
        return scripts;
    }

    private static String write(Map<String, Object> thing) {
        Map<String, Object> withContext = new LinkedHashMap<>();
        withContext.put("@context", "https://schema.org");
        withContext.putAll(thing);
        return JSON.writeValueAsString(withContext);
    }

    /** JSON's own escapes, plus the three characters HTML gives meaning to inside a script element. */
    private static final class ScriptSafe extends CharacterEscapes {

        private static final int[] CODES = codes();

        private static int[] codes() {
            int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
            codes['<'] = ESCAPE_CUSTOM;
            codes['>'] = ESCAPE_CUSTOM;
            codes['&'] = ESCAPE_CUSTOM;
            return codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return CODES;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> new SerializedString("\\u003c");
                case '>' -> new SerializedString("\\u003e");
                case '&' -> new SerializedString("\\u0026");
                default -> null;
            };
        }
    }
}
