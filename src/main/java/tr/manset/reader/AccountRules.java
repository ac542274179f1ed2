package tr.manset.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import tr.manset.system.text.TurkishText;

/** What an address, a display name and a password must be; each refusal says what to change, in Turkish. */
final class AccountRules {

    static final int PASSWORD_MIN = 10;
    /** bcrypt reads at most 72 bytes; longer passwords would be cut silently, so they are refused. */
    static final int PASSWORD_MAX_BYTES = 72;
    static final int NAME_MAX = 60;
    static final int EMAIL_MAX = 254;

    /** The address syntax browsers accept for type=email (WHATWG), with a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile(
        "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");
    /** The same names comments accept: letters, digits, spaces, dots, apostrophes and hyphens. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .'’-]*");
    private static final Set<String> COMMON = load();

    private AccountRules() {}

    /** The address as stored: trimmed, lower case (addresses are not Turkish text, so "I" becomes "i"). */
    static String email(String value) {
        String email = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw refused("Lütfen e-posta adresinizi yazın.");
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw refused("Bu e-posta adresi geçerli görünmüyor. Lütfen ornek@alanadi.com biçiminde yazın.");
        }
        return email;
    }

    static String name(String value) {
        String name = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw refused("Lütfen yorumlarınızda görünecek adınızı yazın.");
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            throw refused("Adınız en fazla " + NAME_MAX + " karakter olabilir.");
        }
        if (!NAME.matcher(name).matches()) {
            throw refused("Adınızda yalnızca harf, rakam, boşluk, nokta, kesme işareti ve tire kullanabilirsiniz.");
        }
        return name;
    }

    /** Checks a new password against the address it belongs to. */
    static String password(String password, String again, String email) {
        String value = password == null ? "" : password;
        if (value.codePointCount(0, value.length()) < PASSWORD_MIN) {
            throw refused("Parolanız en az " + PASSWORD_MIN + " karakter olmalı.");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw refused("Parolanız en fazla " + PASSWORD_MAX_BYTES + " bayt olabilir (Türkçe harfler iki bayt sayılır).");
        }
        if (again != null && !value.equals(again)) {
            throw refused("Parola ile tekrarı aynı değil.");
        }
        String folded = fold(value);
        String address = fold(email == null ? "" : email);
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        if (folded.equals(address) || (local.length() >= 4 && folded.contains(local))) {
            throw refused("Parolanız e-posta adresinize benzememeli.");
        }
        if (COMMON.contains(folded) || value.codePoints().distinct().count() <= 2) {
            throw refused("Bu parola çok yaygın ve kolay tahmin edilir. Lütfen başka bir parola seçin.");
        }
        return value;
    }

    /** Lower case by Turkish rules and without Turkish letters, so "Şifre1234" matches "sifre1234". */
    static String fold(String value) {
        return TurkishText.lower(value)
            .replace('ı', 'i').replace('ğ', 'g').replace('ü', 'u').replace('ş', 's').replace('ö', 'o').replace('ç', 'c');
    }

    private static AccountRefused refused(String message) {
        return new AccountRefused(HttpStatus.BAD_REQUEST, message);
    }

    private static Set<String> load() {
        try (InputStream in = AccountRules.class.getResourceAsStream("/reader/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(AccountRules::fold)
                .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
