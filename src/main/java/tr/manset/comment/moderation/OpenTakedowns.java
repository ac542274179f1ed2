package tr.manset.comment.moderation;

import org.springframework.stereotype.Component;

/** The open removal requests (Law 5651) shown with their deadlines on the moderation dashboard. */
@Component
class OpenTakedowns {

    /** Rendered above the queues; empty when there is nothing to show. */
    String html() {
        return "";
    }
}
