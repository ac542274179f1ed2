package tr.manset.comment;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.manset.system.storage.Timestamps;

/**
 * Clears commenters' e-mail addresses and address hashes once they are older than the retention
 * period (MANSET_COMMENTS_PERSONAL_DATA_RETENTION). The comments themselves stay; so does the
 * commenter key, a one-way hash that keeps their history together.
 */
@Component
class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final JdbcClient db;
    private final CommentProperties properties;
    private final Clock clock;

    PersonalDataRetention(JdbcClient db, CommentProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "PT6H")
    void scheduled() {
        int cleared = purge();
        if (cleared > 0) {
            log.info("Cleared e-mail addresses and address hashes of {} comments older than {}", cleared,
                properties.personalDataRetention());
        }
    }

    /** @return how many comments lost their personal data */
    int purge() {
        Instant cutoff = clock.instant().minus(properties.personalDataRetention());
        return db.sql("""
                UPDATE comments SET email = NULL, ip_hash = ''
                WHERE created_at < :cutoff AND (email IS NOT NULL OR ip_hash <> '')
                """)
            .param("cutoff", Timestamps.param(cutoff))
            .update();
    }
}
