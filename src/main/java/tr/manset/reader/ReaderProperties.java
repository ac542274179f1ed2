package tr.manset.reader;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reader account limits (MANSET_READERS_* variables). Every counter is kept in the database, so
 * the limits hold for all nodes together.
 *
 * @param sessionLifetime how long a sign-in lasts on one browser
 * @param mailInterval at most one account mail of each kind per address in this time
 * @param signUpsPerClientPerHour sign-ups one client address may make in an hour
 * @param signInFailuresPerAddress wrong passwords for one e-mail address before it waits
 * @param signInFailuresPerClient wrong passwords from one client address before it waits
 * @param signInWindow the window both sign-in counts are kept for
 * @param resetsPerClientPerHour password reset requests one client address may make in an hour
 * @param signUpLinkLifetime how long the link that confirms a sign-up works
 * @param resetLinkLifetime how long a password reset link works
 * @param emailChangeLinkLifetime how long the link that confirms a new address works
 */
@Validated
@ConfigurationProperties("manset.readers")
public record ReaderProperties(
        @DefaultValue("30d") Duration sessionLifetime,
        @DefaultValue("5m") Duration mailInterval,
        @DefaultValue("5") @Positive int signUpsPerClientPerHour,
        @DefaultValue("5") @Positive int signInFailuresPerAddress,
        @DefaultValue("20") @Positive int signInFailuresPerClient,
        @DefaultValue("15m") Duration signInWindow,
        @DefaultValue("10") @Positive int resetsPerClientPerHour,
        @DefaultValue("48h") Duration signUpLinkLifetime,
        @DefaultValue("1h") Duration resetLinkLifetime,
        @DefaultValue("24h") Duration emailChangeLinkLifetime) {}
