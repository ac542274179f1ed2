package tr.manset.subscription;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Newsletter settings (MANSET_DIGEST_TIME and manset.subscriptions.*).
 *
 * @param digestTime when the daily digest goes out, Istanbul time, "HH:mm"
 * @param confirmationValidity how long a mailed confirmation link works
 * @param resendAfter the least time between two confirmation mails to one address
 * @param signUpsPerClientPerHour sign-up requests one client address may send in an hour (per node)
 * @param fanOutChunk subscribers queued per transaction when a mailing is fanned out
 */
@Validated
@ConfigurationProperties("manset.subscriptions")
public record SubscriptionProperties(
        @DefaultValue("07:00") @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "SS:DD biçiminde bir saat olmalı (örnek: 07:00)")
        String digestTime,
        @DefaultValue("7d") Duration confirmationValidity,
        @DefaultValue("10m") Duration resendAfter,
        @DefaultValue("10") @Positive int signUpsPerClientPerHour,
        @DefaultValue("200") @Positive int fanOutChunk) {

    public LocalTime digestAt() {
        return LocalTime.parse(digestTime);
    }
}
