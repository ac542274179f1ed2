package tr.manset.comment.traffic;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tr.manset.audit.AuditLog;
import tr.manset.staff.StaffMember;
import tr.manset.system.storage.Timestamps;
import tr.manset.system.text.CsvWriter;
import tr.manset.system.text.FormText;

/**
 * The traffic log of reader comment actions that Law 5651 asks a hosting provider to keep: for
 * every comment, reply, like and report request, when, from which IP address and port, what was
 * asked and how it ended. Rows are only appended ({@link TrafficLogFilter}); nothing updates them
 * (a database trigger refuses it), and only {@link TrafficRetention} deletes, once they are older
 * than the retention period. Admins read and export it.
 */
@Service
public class TrafficLog {

    /**
     * The request attribute where a comment controller leaves what happened, as a String for
     * people ("yayımlandı", "onay bekliyor", "reddedildi: yasaklı kelime"); the log stores it.
     */
    public static final String RESULT_ATTRIBUTE = "tr.manset.comment.result";

    static final int IP_MAX = 100;
    static final int URL_MAX = 2000;
    static final int RESULT_MAX = 500;
    private static final int DELETE_BATCH = 5000;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private final JdbcClient db;
    private final AuditLog audit;

    TrafficLog(JdbcClient db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    void append(Instant at, String ip, int port, String url, TrafficAction action, int status, String result) {
        db.sql("""
                INSERT INTO comment_traffic_log (at, ip, port, url, action, status, result)
                VALUES (:at, :ip, :port, :url, :action, :status, :result)
                """)
            .param("at", Timestamps.param(at))
            .param("ip", FormText.cut(canonicalIp(ip), IP_MAX))
            .param("port", port)
            .param("url", FormText.cut(FormText.line(url), URL_MAX))
            .param("action", action.code())
            .param("status", status)
            .param("result", FormText.cut(FormText.line(result), RESULT_MAX))
            .update();
    }

    /** Newest first, at most {@code limit} rows after the cursor (from the newest when null). */
    List<TrafficEntry> find(TrafficFilter filter, TrafficCursor before, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", Timestamps.param(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("at < :until");
            params.put("until", Timestamps.param(filter.until()));
        }
        if (!filter.address().isEmpty()) {
            conditions.add("ip = :ip");
            params.put("ip", filter.address());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action().code());
        }
        if (before != null) {
            conditions.add("(at < :cursorAt OR (at = :cursorAt AND id < :cursorId))");
            params.put("cursorAt", Timestamps.param(before.at()));
            params.put("cursorId", before.id());
        }
        params.put("limit", limit);
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        return db.sql("SELECT id, at, ip, port, url, action, status, result FROM comment_traffic_log " + where
                + " ORDER BY at DESC, id DESC LIMIT :limit")
            .params(params)
            .query(TrafficLog::toEntry)
            .list();
    }

    /**
     * Writes every row the filter matches, newest first, fetching {@code batch} rows at a time by
     * keyset so that neither memory nor a database connection is held for the whole export. The
     * export itself goes to the audit log. Admins only.
     */
    void export(TrafficFilter filter, CsvWriter csv, int batch, StaffMember me, String address) throws IOException {
        requireReader(me);
        audit.record(me.id(), me.email(), "traffic.export", "comment_traffic_log", filter.describe(), address);
        csv.row("Zaman (TSİ)", "Zaman (UTC)", "IP adresi", "Kaynak port", "Adres", "İşlem", "Yanıt kodu", "Sonuç");
        TrafficCursor cursor = null;
        List<TrafficEntry> rows;
        do {
            rows = find(filter, cursor, batch);
            for (TrafficEntry row : rows) {
                csv.row(row.whenText(), row.utc(), row.ip(), String.valueOf(row.port()), row.url(), row.action().code(),
                    String.valueOf(row.status()), row.result());
            }
            csv.flush();
            if (!rows.isEmpty()) {
                cursor = TrafficCursor.after(rows.getLast());
            }
        } while (rows.size() == batch);
    }

    /** Deletes rows older than the cutoff, a batch per statement so other writers are not held up long. */
    int deleteBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = db.sql("""
                    DELETE FROM comment_traffic_log
                    WHERE id IN (SELECT id FROM comment_traffic_log WHERE at < :cutoff ORDER BY at, id LIMIT :batch)
                    """)
                .param("cutoff", Timestamps.param(cutoff))
                .param("batch", DELETE_BATCH)
                .update();
            total += deleted;
        } while (deleted == DELETE_BATCH);
        return total;
    }

    /**
     * An IP address in one spelling, IPv6 written out in full as Tomcat reports a direct client
     * ("2001:db8:0:0:0:0:0:17"), so that a filter matches however the address was typed or
     * forwarded ("[2001:db8::17]"). Anything that is not an address literal stays as it is; no
     * name is ever looked up.
     */
    static String canonicalIp(String ip) {
        String value = FormText.line(ip);
        String bare = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        if (IPV4.matcher(bare).matches()) {
            int[] octets = Arrays.stream(bare.split("\\.")).mapToInt(Integer::parseInt).toArray();
            return Arrays.stream(octets).allMatch(octet -> octet <= 255)
                ? Arrays.stream(octets).mapToObj(String::valueOf).collect(Collectors.joining("."))
                : value;
        }
        if (bare.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(bare).matches()) {
            return value;
        }
        // An IPv6 literal: parsed, never looked up (a name cannot contain ':').
        try {
            return InetAddress.getByName(bare).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return value;
        }
    }

    static void requireReader(StaffMember me) {
        if (!me.role().readsAuditLog()) {
            throw new AccessDeniedException(me.email() + " may not read the comment traffic log");
        }
    }

    private static TrafficEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new TrafficEntry(rs.getLong("id"), Timestamps.read(rs, "at"), rs.getString("ip"), rs.getInt("port"),
            rs.getString("url"), TrafficAction.byCode(rs.getString("action")).orElse(TrafficAction.OTHER),
            rs.getInt("status"), rs.getString("result"));
    }
}
