package tr.manset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on a fresh database: SQLite by default, PostgreSQL in
 * the PostgreSQL lane, sending mail to a real SMTP server ({@link TestMailServer}). Such tests
 * run in both lanes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"manset.demo=false", "manset.scheduler.initial-delay=PT1H", "manset.admin.password=first-admin-password",
        // Every test request comes from 127.0.0.1: rate limits are tested on their own (RateLimitTest, SubscriptionTimingTest).
        "manset.comments.posts-per-client-per-minute=100000", "manset.comments.posts-per-article-per-minute=100000",
        "manset.comments.actions-per-client-per-minute=100000", "manset.subscriptions.sign-ups-per-client-per-hour=100000",
        // Reader account limits per client likewise (ReaderAbuseTest tests them).
        "manset.readers.sign-ups-per-client-per-hour=100000", "manset.readers.resets-per-client-per-hour=100000",
        "manset.readers.sign-in-failures-per-client=100000"})
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@Import({SiteFixtures.class, Browser.class, Newsroom.class, Mailbox.class})
@Tag("database")
public @interface SiteTest {}
