package tr.manset.subscription;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The jobs that drive newsletters: fanning mailings out into the outbox (which its own job sends),
 * making the daily digest when its time comes, and forgetting addresses that never confirmed. All
 * their state is in the database, so after a restart each goes on where the last run stopped.
 */
@Component
class MailingJobs {

    private final Mailings mailings;
    private final DailyDigest digest;
    private final Subscriptions subscriptions;

    MailingJobs(Mailings mailings, DailyDigest digest, Subscriptions subscriptions) {
        this.mailings = mailings;
        this.digest = digest;
        this.subscriptions = subscriptions;
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "${manset.subscriptions.poll-interval:PT1S}")
    void fanOut() {
        mailings.fanOut();
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "PT30S")
    void digest() {
        digest.makeIfDue();
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "PT6H")
    void forgetUnconfirmed() {
        subscriptions.forgetUnconfirmed();
    }
}
