package tr.manset.comment.traffic;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import tr.manset.system.time.TurkishTime;

/**
 * One logged reader request.
 *
 * @param at when the request arrived
 * @param ip the source address (the client's, as the proxy reported it when behind one)
 * @param port the source port
 * @param url path and query string as requested
 * @param status the HTTP status of the answer
 * @param result what the comment module said happened ("yayımlandı", "onay bekliyor" …), or ""
 */
public record TrafficEntry(long id, Instant at, String ip, int port, String url, TrafficAction action, int status,
                           String result) {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(TurkishTime.ISTANBUL);

    /** "01.12.2026 09:30:15" in Istanbul: traffic data is matched to the second. */
    public String whenText() {
        return SECONDS.format(at);
    }

    /** "2026-12-01T06:30:15.123Z", unambiguous for whoever compares it with other logs. */
    public String utc() {
        return at.toString();
    }
}
