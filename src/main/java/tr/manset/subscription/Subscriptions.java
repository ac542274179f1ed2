package tr.manset.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.mail.Outbox;

/**
 * Subscribing with double opt-in, changing lists and unsubscribing. Whatever state an address is
 * in, asking to subscribe answers the same, so no one learns which addresses are subscribed.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);
    /** Good enough to catch typing mistakes; the confirmation mail proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Unconfirmed addresses are forgotten this long after their last link expired. */
    static final Duration FORGET_UNCONFIRMED_AFTER = Duration.ofDays(30);

    private final SubscriberStore store;
    private final MailingLists lists;
    private final Tokens tokens;
    private final SignUpLimits limits;
    private final Outbox outbox;
    private final Letters letters;
    private final SubscriptionProperties properties;
    private final Clock clock;

    Subscriptions(SubscriberStore store, MailingLists lists, Tokens tokens, SignUpLimits limits, Outbox outbox,
                  Letters letters, SubscriptionProperties properties, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.tokens = tokens;
        this.limits = limits;
        this.outbox = outbox;
        this.letters = letters;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the subscription form sent. */
    record SignUp(String email, Collection<String> lists, boolean consent, String trap) {}

    /**
     * Asks the owner of the address to confirm: queues a mail with a link, unless one went to the
     * address in the last few minutes. Answers nothing about the address; refuses only bad input
     * and clients that send too many.
     */
    @Transactional
    void request(SignUp signUp, String clientAddress) {
        String email = normalize(signUp.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new SubscriptionRefused(HttpStatus.BAD_REQUEST, "Geçerli bir e-posta adresi yazın (örnek: ad@alanadi.com).");
        }
        Set<String> chosen = lists.known(signUp.lists());
        if (chosen.isEmpty()) {
            throw new SubscriptionRefused(HttpStatus.BAD_REQUEST, "En az bir liste seçin.");
        }
        if (!signUp.consent()) {
            throw new SubscriptionRefused(HttpStatus.BAD_REQUEST,
                "Abone olabilmeniz için bilgilendirme metnini okuyup onay kutusunu işaretlemeniz gerekiyor.");
        }
        if (!limits.allow(clientAddress)) {
            throw new SubscriptionRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Bu bağlantıdan kısa sürede çok fazla abonelik isteği geldi. Lütfen bir süre sonra yeniden deneyin.");
        }
        if (signUp.trap() != null && !signUp.trap().isBlank()) {
            // A field people never see: only robots fill it. They get the usual answer and nothing happens.
            return;
        }
        Instant now = clock.instant();
        Subscriber subscriber = store.findOrCreate(email, now);
        if (!store.claimMail(subscriber.id(), now, now.minus(properties.resendAfter()))) {
            return;
        }
        String token = Tokens.random();
        Instant expires = now.plus(properties.confirmationValidity());
        long request = store.insertRequest(subscriber.id(), Tokens.hash(token), chosen, ConsentText.VERSION, now, expires);
        outbox.enqueue(letters.confirmation(email, token, lists.named(chosen), expires, request));
    }

    /** The request a confirmation link names, if it can still be confirmed. */
    Request check(String token) {
        Request request = store.requestByHash(Tokens.hash(token == null ? "" : token))
            .orElseThrow(() -> new LinkRefused(LinkProblem.INVALID));
        if (request.used()) {
            throw new LinkRefused(LinkProblem.USED);
        }
        if (request.expiredAt(clock.instant())) {
            throw new LinkRefused(LinkProblem.EXPIRED);
        }
        return request;
    }

    /** Confirms a request: the address gets the lists it asked for, and the consent is recorded. */
    @Transactional
    Subscriber confirm(String token) {
        Request request = check(token);
        Instant now = clock.instant();
        if (!store.useRequest(request.id(), now)) {
            throw new LinkRefused(LinkProblem.USED);
        }
        store.confirm(request.subscriberId(), now);
        store.setLists(request.subscriberId(), lists.known(request.lists()));
        store.insertConsent(request.subscriberId(), request.consentVersion(), request.lists(), request.createdAt(), now);
        return store.find(request.subscriberId()).orElseThrow();
    }

    /** The subscriber a signed preferences or unsubscribe link is for. */
    Subscriber byLink(String token) {
        return Tokens.subscriberOf(token).stream()
            .mapToObj(store::find)
            .flatMap(Optional::stream)
            .filter(subscriber -> tokens.fits(token, subscriber.id(), subscriber.secret()))
            .findFirst()
            .orElseThrow(() -> new LinkRefused(LinkProblem.INVALID));
    }

    /** The link that signs in to this subscriber's preferences (and is the one-click unsubscribe token). */
    String linkToken(Subscriber subscriber) {
        return tokens.sign(subscriber.id(), subscriber.secret());
    }

    List<String> listsOf(Subscriber subscriber) {
        return store.lists(subscriber.id());
    }

    /** Changes a confirmed subscriber's lists; choosing none ends the subscription. */
    @Transactional
    void change(Subscriber subscriber, Collection<String> wanted) {
        Set<String> chosen = lists.known(wanted);
        if (chosen.isEmpty()) {
            unsubscribe(subscriber);
            return;
        }
        if (subscriber.confirmed()) {
            store.setLists(subscriber.id(), chosen);
        }
    }

    /** Ends the subscription: no more list mail, and the consent is marked withdrawn now. */
    @Transactional
    void unsubscribe(Subscriber subscriber) {
        store.unsubscribe(subscriber.id(), clock.instant());
    }

    /**
     * Withdraws the consent of whoever subscribed with this address (KVKK self-service): the same
     * as unsubscribing from every list. The record of the consent and its withdrawal stays.
     */
    @Transactional
    public void withdrawConsent(String email) {
        store.byEmail(normalize(email)).ifPresent(this::unsubscribe);
    }

    /** Forgets addresses that asked to subscribe and never confirmed, long after their link expired. */
    @Transactional
    int forgetUnconfirmed() {
        int forgotten = store.forgetUnconfirmed(clock.instant().minus(FORGET_UNCONFIRMED_AFTER));
        if (forgotten > 0) {
            log.info("Forgot {} addresses that never confirmed their subscription", forgotten);
        }
        return forgotten;
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
