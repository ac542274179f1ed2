package tr.manset.mail;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the site sends e-mail (MANSET_SMTP_* and MANSET_MAIL_* variables).
 *
 * @param smtp the SMTP server; an empty host keeps mail queued in the outbox until one is set
 * @param from the From address, e.g. "Manşet &lt;bulten@example.com&gt;"
 * @param perMinute most mails sent per minute by one node, to stay within the provider's limits
 * @param maxAttempts attempts before a mail that keeps failing temporarily is given up
 * @param pollInterval how often the sender looks for due mail
 * @param lease how long a sender may take with one mail before another takes it over; longer
 *     than the SMTP timeouts, so a live sender never loses its claim
 * @param retention how long a finished mail keeps its recipient and text ({@link OutboxRetention})
 */
@Validated
@ConfigurationProperties("manset.mail")
public record MailProperties(
        Smtp smtp,
        @DefaultValue("Manşet <bulten@manset.local>") String from,
        @DefaultValue("600") @Positive int perMinute,
        @DefaultValue("8") @Positive int maxAttempts,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("90d") Duration retention) {

    public MailProperties {
        smtp = smtp == null ? new Smtp("", 25, "", "", Tls.NONE, Duration.ofSeconds(20)) : smtp;
    }

    /** Whether an SMTP server is configured at all. */
    public boolean sending() {
        return smtp.host() != null && !smtp.host().isBlank();
    }

    /**
     * @param tls none (plain, e.g. a relay on localhost), starttls (upgrade on port 587) or tls (implicit TLS on port 465)
     * @param timeout connect, read and write timeout
     */
    public record Smtp(
            @DefaultValue("") String host,
            @DefaultValue("25") @Positive int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("none") Tls tls,
            @DefaultValue("20s") Duration timeout) {}

    public enum Tls { NONE, STARTTLS, TLS }
}
