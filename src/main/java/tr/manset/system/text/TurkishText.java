package tr.manset.system.text;

import java.text.Normalizer;
import java.util.Locale;

/** Case changes and slugs by Turkish rules: the only place in the code that changes the case of text. */
public final class TurkishText {

    public static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** Slugs are capped so URLs stay readable; the id at the end keeps them unique. */
    public static final int MAX_SLUG_LENGTH = 80;

    private TurkishText() {}

    /** "Dünya" → "DÜNYA", "Putin'in" → "PUTİN'İN". */
    public static String upper(String text) {
        return text == null ? "" : text.toUpperCase(TURKISH);
    }

    /** "ILIK" → "ılık", "İstanbul" → "istanbul". */
    public static String lower(String text) {
        return text == null ? "" : text.toLowerCase(TURKISH);
    }

    /**
     * "Putin ve Bush'un telefon görüşmeleri" → "putin-ve-bushun-telefon-gorusmeleri". Apostrophes
     * vanish (they only separate a suffix), other punctuation becomes a dash, and the result is
     * cut at a word boundary under {@link #MAX_SLUG_LENGTH}.
     */
    public static String slug(String text) {
        return slug(text, MAX_SLUG_LENGTH);
    }

    public static String slug(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : lower(text).toCharArray()) {
            switch (c) {
                case 'ç' -> out.append('c');
                case 'ğ' -> out.append('g');
                case 'ı' -> out.append('i');
                case 'ö' -> out.append('o');
                case 'ş' -> out.append('s');
                case 'ü' -> out.append('u');
                case 'â', 'à', 'á', 'ä' -> out.append('a');
                case 'î', 'ì', 'í', 'ï' -> out.append('i');
                case 'û', 'ù', 'ú' -> out.append('u');
                case 'ê', 'é', 'è', 'ë' -> out.append('e');
                case 'ô', 'ò', 'ó' -> out.append('o');
                case '\'', '’', '‘', '`', '´' -> { }
                default -> out.append(c);
            }
        }
        // Letters with other accents (and the dot that lower-casing "İ" leaves) decompose to ASCII.
        String ascii = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String dashed = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (dashed.length() <= maxLength) {
            return dashed;
        }
        String cut = dashed.substring(0, maxLength);
        int lastDash = cut.lastIndexOf('-');
        return (lastDash > maxLength / 2 ? cut.substring(0, lastDash) : cut).replaceAll("-+$", "");
    }
}
