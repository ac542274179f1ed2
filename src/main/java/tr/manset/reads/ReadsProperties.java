package tr.manset.reads;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the view counter (MANSET_READS_* variables).
 *
 * @param flushInterval how often views counted in memory are written to the database
 *     (MANSET_READS_FLUSH_INTERVAL, default 10s); a crash loses at most the views of one interval
 */
@Validated
@ConfigurationProperties("manset.reads")
record ReadsProperties(@DefaultValue("10s") @NotNull @DurationMin(seconds = 1) Duration flushInterval) {}
