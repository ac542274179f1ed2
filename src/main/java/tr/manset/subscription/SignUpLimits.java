package tr.manset.subscription;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Sign-up requests per client address in fixed one-hour windows, in memory and keyed by a hash of
 * the address. Each node counts for itself; the per-address resend pause in the database holds
 * whatever slips through, so no address gets more than one mail in a few minutes.
 */
@Component
class SignUpLimits {

    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofHours(1))
        .maximumSize(100_000)
        .build();
    private final SubscriptionProperties properties;

    SignUpLimits(SubscriptionProperties properties) {
        this.properties = properties;
    }

    /** Counts one sign-up from this client; false once it has used up its hour. */
    boolean allow(String clientAddress) {
        String key = Tokens.hash("client|" + clientAddress);
        return windows.get(key, ignored -> new AtomicInteger()).incrementAndGet() <= properties.signUpsPerClientPerHour();
    }

    void clear() {
        windows.invalidateAll();
    }
}
