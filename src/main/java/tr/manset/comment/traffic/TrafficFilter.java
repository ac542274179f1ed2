package tr.manset.comment.traffic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tr.manset.system.text.FormText;
import tr.manset.system.time.DateTimeInput;

/**
 * What the traffic log page and its CSV export are narrowed to, as typed (bas, bit, ip, islem) and
 * as understood. A day alone covers the whole day in Istanbul; a day and time covers that minute.
 *
 * @param from the first instant included, or null
 * @param until the first instant no longer included, or null
 * @param address an exact source IP address (in the log's spelling, see {@link TrafficLog#canonicalIp}), or "" for any
 * @param action one action, or null for all
 * @param error a Turkish message when something typed was not understood, else ""
 */
public record TrafficFilter(String fromText, String toText, String address, String actionCode,
                            Instant from, Instant until, TrafficAction action, String error) {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[\\w.-]{1,20})?");

    static TrafficFilter parse(String fromText, String toText, String ip, String actionCode) {
        String fromTyped = FormText.line(fromText);
        String toTyped = FormText.line(toText);
        String address = FormText.line(ip);
        String code = FormText.line(actionCode);
        List<String> errors = new ArrayList<>();
        Instant from = null;
        if (!fromTyped.isEmpty()) {
            from = DateTimeInput.dateTime(fromTyped)
                .or(() -> DateTimeInput.date(fromTyped).map(DateTimeInput::startOf))
                .orElse(null);
            if (from == null) {
                errors.add("Başlangıcı gg.aa.yyyy ya da gg.aa.yyyy ss:dd biçiminde yazın (ör. 01.12.2026 ya da 01.12.2026 09:30).");
            }
        }
        Instant until = null;
        if (!toTyped.isEmpty()) {
            until = DateTimeInput.dateTime(toTyped).map(at -> at.plus(Duration.ofMinutes(1)))
                .or(() -> DateTimeInput.date(toTyped).map(day -> DateTimeInput.startOf(day.plusDays(1))))
                .orElse(null);
            if (until == null) {
                errors.add("Bitişi gg.aa.yyyy ya da gg.aa.yyyy ss:dd biçiminde yazın (ör. 01.12.2026 ya da 01.12.2026 18:00).");
            }
        }
        if (from != null && until != null && !from.isBefore(until)) {
            errors.add("Başlangıç bitişten sonra olamaz.");
        }
        if (!address.isEmpty() && !IP.matcher(address).matches()) {
            errors.add("IP adresini tam olarak yazın (ör. 203.0.113.7 ya da 2001:db8::1).");
        }
        Optional<TrafficAction> action = TrafficAction.byCode(code);
        if (!code.isEmpty() && action.isEmpty()) {
            errors.add("Bilinmeyen işlem türü.");
        }
        return new TrafficFilter(fromTyped, toTyped, address.isEmpty() ? "" : TrafficLog.canonicalIp(address), code, from, until, action.orElse(null), String.join(" ", errors));
    }

    public boolean valid() {
        return error.isEmpty();
    }

    /** "bas=…&bit=…&ip=…&islem=…" with only what was typed, for links that keep the filter. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "bas", fromText);
        add(parts, "bit", toText);
        add(parts, "ip", address);
        add(parts, "islem", actionCode);
        return String.join("&", parts);
    }

    /** For the audit log: what an export covered. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!fromText.isEmpty()) parts.add("başlangıç " + fromText);
        if (!toText.isEmpty()) parts.add("bitiş " + toText);
        if (!address.isEmpty()) parts.add("IP " + address);
        if (action != null) parts.add("işlem " + action.code());
        return parts.isEmpty() ? "tümü" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
