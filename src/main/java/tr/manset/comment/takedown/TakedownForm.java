package tr.manset.comment.takedown;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tr.manset.system.text.FormText;
import tr.manset.system.time.DateTimeInput;

/**
 * The new-request form as typed, cleaned, with a Turkish message for each field that is wrong.
 * Only a form without errors is recorded.
 */
public record TakedownForm(String requester, String contact, String commentId, String url, String reason,
                           String received, Map<String, String> errors) {

    static final int REQUESTER_MAX = 200;
    static final int CONTACT_MAX = 300;
    static final int URL_MAX = 2000;
    static final int REASON_MAX = 5000;
    /** Clocks differ a little between a moderator's desk and the server. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

    private static final Pattern COMMENT_NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");
    private static final Pattern URL = Pattern.compile("(?i)(https?://[^\\s/?#]+|/)\\S*");

    public TakedownForm {
        errors = Map.copyOf(errors);
    }

    public static TakedownForm empty() {
        return new TakedownForm("", "", "", "", "", "", Map.of());
    }

    /** Cleans and checks what was typed; {@code now} decides what counts as the future. */
    static TakedownForm check(String requester, String contact, String commentId, String url, String reason,
                              String received, Instant now) {
        String who = FormText.line(requester);
        String reach = FormText.line(contact);
        String number = FormText.line(commentId);
        String address = FormText.line(url);
        String why = FormText.block(reason);
        String when = FormText.line(received);
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "requester", who, REQUESTER_MAX, "Talep eden kişinin ya da kurumun adını yazın.");
        required(errors, "contact", reach, CONTACT_MAX, "Talep edene nasıl ulaşılacağını yazın (e-posta, telefon ya da adres).");
        if (number.isEmpty() && address.isEmpty()) {
            errors.put("commentId", "Kaldırılması istenen yorumun numarasını ya da adresini (URL) yazın.");
        }
        if (!number.isEmpty() && (!COMMENT_NUMBER.matcher(number).matches() || parseNumber(number) == 0)) {
            errors.put("commentId", "Yorum numarası yalnızca rakamlardan oluşmalı (ör. 1234).");
        }
        if (!address.isEmpty()) {
            if (FormText.length(address) > URL_MAX) {
                errors.put("url", "Adres en fazla " + URL_MAX + " karakter olabilir.");
            } else if (!URL.matcher(address).matches()) {
                errors.put("url", "Adres http:// ya da https:// ile (ya da sitedeki bir yol olarak / ile) başlamalı ve boşluk içermemeli.");
            }
        }
        required(errors, "reason", why, REASON_MAX, "Talebin gerekçesini yazın.");
        Optional<Instant> at = DateTimeInput.dateTime(when);
        if (when.isEmpty()) {
            errors.put("received", "Talebin size ulaştığı tarihi ve saati yazın.");
        } else if (at.isEmpty()) {
            errors.put("received", "Tarih ve saati gg.aa.yyyy ss:dd biçiminde yazın (ör. 01.12.2026 09:30).");
        } else if (at.get().isAfter(now.plus(CLOCK_SLACK))) {
            errors.put("received", "Talebin ulaştığı zaman ileride olamaz.");
        }
        return new TakedownForm(who, reach, number, address, why, when, errors);
    }

    private static void required(Map<String, String> errors, String field, String value, int max, String whenEmpty) {
        if (value.isEmpty()) {
            errors.put(field, whenEmpty);
        } else if (FormText.length(value) > max) {
            errors.put(field, "En fazla " + max + " karakter yazabilirsiniz; şu an " + FormText.length(value) + " karakter.");
        }
    }

    private static long parseNumber(String number) {
        var matcher = COMMENT_NUMBER.matcher(number);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    /** The comment number, or null when none was given. */
    Long commentNumber() {
        return commentId.isEmpty() ? null : parseNumber(commentId);
    }

    Instant receivedAt() {
        return DateTimeInput.dateTime(received).orElseThrow();
    }

    /** The received field as a datetime-local value, so the browser shows what was typed. */
    public String receivedValue() {
        return DateTimeInput.dateTime(received).map(DateTimeInput::htmlValue).orElse(received);
    }
}
