package tr.manset.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secrets in subscription links. A confirmation link carries a random token of which only a
 * hash is stored; a preferences or unsubscribe link carries the subscriber's id signed with a key
 * kept in the database (the same for every node) and the subscriber's own secret.
 */
@Component
class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LINK_KEY = "link-key";

    private final JdbcClient db;
    private volatile SecretKeySpec key;

    Tokens(JdbcClient db) {
        this.db = db;
    }

    /** 256 random bits, URL-safe. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** "{id}.{signature}": names the subscriber and proves the link came from the site. */
    String sign(long subscriberId, String secret) {
        return subscriberId + "." + signature(subscriberId, secret);
    }

    /** The subscriber a signed token claims to be about; whether it fits is {@link #fits}. */
    static OptionalLong subscriberOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot > 18) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(token.substring(0, dot)));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    boolean fits(String token, long subscriberId, String secret) {
        byte[] expected = sign(subscriberId, secret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8));
    }

    private String signature(long subscriberId, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(("abonelik|" + subscriberId + "|" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            // The first node to get here makes the key; every other node reads that one.
            db.sql("INSERT INTO subscription_settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .param("name", LINK_KEY)
                .param("value", HexFormat.of().formatHex(random))
                .update();
            String stored = db.sql("SELECT value FROM subscription_settings WHERE name = :name")
                .param("name", LINK_KEY)
                .query(String.class)
                .single();
            current = new SecretKeySpec(HexFormat.of().parseHex(stored), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
