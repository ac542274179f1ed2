package tr.manset.subscription;

import tr.manset.mail.MailCounts;

/** A mailing in the newsroom's list, with how many of its mails were sent, failed and are still to go. */
public record MailingRow(Mailing mailing, MailCounts counts) {

    public String state() {
        return switch (mailing.state()) {
            case SKIPPED -> "Gönderilmedi: yeni haber yoktu";
            case QUEUEING -> "Kuyruğa alınıyor (" + mailing.queued() + ")";
            case QUEUED -> counts.finished() ? "Tamamlandı" : "Gönderiliyor";
        };
    }
}
