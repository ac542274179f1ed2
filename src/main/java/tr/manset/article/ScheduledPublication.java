package tr.manset.article;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled stories when their time comes. The schedule is a row in the database, so it
 * survives restarts: the first run after a start publishes whatever fell due meanwhile.
 */
@Component
class ScheduledPublication {

    private final NewsDesk desk;

    ScheduledPublication(NewsDesk desk) {
        this.desk = desk;
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "${manset.scheduler.interval:PT15S}")
    void publishDue() {
        desk.publishDue();
    }
}
