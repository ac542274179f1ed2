package tr.manset.mail;

/** Where one mail in the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent, first time or after a temporary failure. */
    PENDING,
    /** Taken by a sender; back to PENDING if that sender dies before it finishes. */
    SENDING,
    SENT,
    /** Refused for good by the server, or still failing after the last attempt. */
    FAILED,
    /** Not sent: the address is on the suppression list. */
    SUPPRESSED
}
