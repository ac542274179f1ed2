package tr.manset.comment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tr.manset.system.text.TurkishText;

/**
 * Keyed hashes of addresses and e-mails: comments store these, never a reader's IP address. The
 * key lives in the database and never leaves the server, so a hash cannot be reversed by trying
 * every address.
 */
@Component
public class ClientKeys {

    private final SettingsStore settings;
    private volatile SecretKeySpec key;

    ClientKeys(SettingsStore settings) {
        this.settings = settings;
    }

    public String addressHash(String address) {
        return hash("ip|" + (address == null ? "" : address));
    }

    public String emailHash(String email) {
        return hash("email|" + TurkishText.lower(email.strip()).replace('ı', 'i'));
    }

    /** Who a guest is for history, bans and rules: their e-mail when given, otherwise their address. */
    public String commenter(String email, String address) {
        return email == null || email.isBlank() ? "ip:" + addressHash(address) : "e:" + emailHash(email);
    }

    /** A short signature, e.g. for a link that shows a poster their own waiting comment. */
    public String sign(String value) {
        return hash("sign|" + value).substring(0, 16);
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(HexFormat.of().parseHex(settings.addressKey()), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
