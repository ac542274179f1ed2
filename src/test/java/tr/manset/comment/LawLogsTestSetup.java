package tr.manset.comment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.MutableClock;
import tr.manset.comment.traffic.TrafficLog;

/**
 * What the takedown and traffic log tests share, so both run in one application context: a clock
 * they move by hand, and two reader endpoints under /yorum/ standing in for the comment module's
 * controllers (one reads a JSON body and reports an outcome, one fails).
 */
@TestConfiguration
@Import(LawLogsTestSetup.StandInCommentEndpoints.class)
public class LawLogsTestSetup {

    /** Monday 1 December 2026, 09:00 in Istanbul. */
    public static final Instant MONDAY_0900 = Instant.parse("2026-12-01T06:00:00Z");

    /** Rows of a ";"-separated CSV answer (after its byte order mark), quotes and line breaks in cells understood. */
    public static List<List<String>> csvRows(String body) {
        if (!body.startsWith("\uFEFF")) {
            throw new AssertionError("CSV without a UTF-8 byte order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            throw new AssertionError("CSV does not end with CRLF");
        }
        return rows;
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(MONDAY_0900);
    }

    @RestController
    static class StandInCommentEndpoints {

        /** Echoes a JSON body: it must arrive unread by the traffic log filter. */
        @PostMapping(path = "/yorum/deneme/json", consumes = "application/json", produces = "application/json")
        String json(@RequestBody String body, HttpServletRequest request) {
            request.setAttribute(TrafficLog.RESULT_ATTRIBUTE, "yayımlandı");
            return body;
        }

        @PostMapping("/yorum/deneme/hata")
        String fail(HttpServletRequest request) {
            throw new IllegalStateException("a comment controller failed");
        }
    }
}
