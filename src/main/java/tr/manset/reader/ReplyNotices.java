package tr.manset.reader;

import java.util.Objects;
import org.springframework.stereotype.Service;
import tr.manset.system.SiteProperties;

/**
 * Tells readers who asked for it that their comment was answered: one mail per answer (queued in
 * the same transaction as the answer's publication), never for an answer of their own.
 */
@Service
public class ReplyNotices {

    private final ReaderStore store;
    private final ReaderMail mail;
    private final SiteProperties site;

    ReplyNotices(ReaderStore store, ReaderMail mail, SiteProperties site) {
        this.store = store;
        this.mail = mail;
        this.site = site;
    }

    /** @return true when a mail was queued */
    public boolean replyPublished(ReplyNotice notice) {
        if (Objects.equals(notice.replierId(), notice.recipientId())) {
            return false;
        }
        return store.find(notice.recipientId())
            .filter(account -> account.reader().notifyReplies())
            .map(account -> {
                String link = site.absolute(notice.path() + "?yorum=" + notice.replyId() + "#yorum-" + notice.replyId());
                mail.reply(account.reader().email(), account.reader().displayName(), notice, link);
                return true;
            })
            .orElse(false);
    }
}
