package tr.manset.system.text;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV that Excel opens with Turkish letters intact and without running anything: UTF-8 with a
 * byte order mark, ";" between cells (what Excel expects under Turkish regional settings), CRLF
 * between rows, quotes where needed, and an apostrophe before any cell a spreadsheet would read as
 * a formula (one beginning with = + - @, a tab or a carriage return).
 */
public final class CsvWriter implements Flushable {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final Writer out;

    /** Starts the file: writes the byte order mark. Rows are buffered; {@link #flush()} sends them. */
    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
    }

    public void row(String... cells) throws IOException {
        row(List.of(cells));
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** One cell as written: defused against formulas, then quoted when it holds ; " or a line break. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
