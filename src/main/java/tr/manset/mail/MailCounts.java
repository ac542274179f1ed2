package tr.manset.mail;

/** How far a mailing has got: mails sent, failed for good (or suppressed) and still to go. */
public record MailCounts(long sent, long failed, long pending) {

    public long total() {
        return sent + failed + pending;
    }

    public boolean finished() {
        return pending == 0;
    }
}
