package tr.manset.subscription;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Teaser;
import tr.manset.audit.AuditLog;
import tr.manset.category.Categories;
import tr.manset.mail.Outbox;
import tr.manset.mail.Suppressions;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.SiteProperties;
import tr.manset.system.text.TurkishText;
import tr.manset.system.web.NotFoundException;

/**
 * Newsletters in the newsroom: the mailings and their progress (editors), sending a Son Dakika
 * alert for a published story (editors who may publish it; one alert per story), and the list of
 * addresses no mail goes to (admins).
 */
@NewsroomController
class MailingDeskController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final Mailings mailings;
    private final MailingLists lists;
    private final SubscriberStore subscribers;
    private final Articles articles;
    private final Categories categories;
    private final Outbox outbox;
    private final Suppressions suppressions;
    private final AuditLog audit;
    private final SiteProperties site;

    MailingDeskController(Mailings mailings, MailingLists lists, SubscriberStore subscribers, Articles articles,
                          Categories categories, Outbox outbox, Suppressions suppressions, AuditLog audit, SiteProperties site) {
        this.mailings = mailings;
        this.lists = lists;
        this.subscribers = subscribers;
        this.articles = articles;
        this.categories = categories;
        this.outbox = outbox;
        this.suppressions = suppressions;
        this.audit = audit;
        this.site = site;
    }

    @GetMapping("/yonetim/bultenler")
    ModelAndView mailings(@ModelAttribute("me") StaffMember me) {
        if (!me.role().publishes()) {
            throw new AccessDeniedException(me.email() + " does not send newsletters");
        }
        List<MailingRow> rows = mailings.recent(100).stream().map(m -> new MailingRow(m, outbox.counts(m.id()))).toList();
        Map<String, Long> counts = subscribers.countsPerList().stream()
            .collect(Collectors.toMap(SubscriberStore.ListCount::list, SubscriberStore.ListCount::subscribers));
        List<MailingsPage.ListSize> sizes = lists.all().stream()
            .map(list -> new MailingsPage.ListSize(list, counts.getOrDefault(list.key(), 0L))).toList();
        return new ModelAndView("subscription/mailings", Map.of("page", new MailingsPage(rows, sizes, me.role().managesStaff())));
    }

    @GetMapping("/yonetim/bultenler/son-dakika/{storyId}")
    ModelAndView alertForm(@ModelAttribute("me") StaffMember me, @PathVariable long storyId, HttpServletResponse response) {
        Article story = storyFor(me, storyId);
        AlertPage page = alertPage(story);
        if (!page.problem().isEmpty()) {
            response.setStatus(409);
        }
        return new ModelAndView("subscription/alert", Map.of("page", page));
    }

    @PostMapping("/yonetim/bultenler/son-dakika/{storyId}")
    ModelAndView alert(@ModelAttribute("me") StaffMember me, @PathVariable long storyId, HttpServletRequest request,
                       HttpServletResponse response, RedirectAttributes flash) {
        Article story = storyFor(me, storyId);
        AlertPage page = alertPage(story);
        if (!page.canSend()) {
            response.setStatus(409);
            return new ModelAndView("subscription/alert", Map.of("page", page));
        }
        Teaser teaser = articles.publishedTeasers(List.of(storyId)).getFirst();
        Optional<Long> made = mailings.create(MailingKind.BREAKING, page.subject(), storyId, null, audienceOf(story),
            List.of(MailingItem.of(teaser, site)), me.id(), me.name());
        if (made.isEmpty()) {
            // Someone else sent it a moment ago.
            response.setStatus(409);
            return new ModelAndView("subscription/alert", Map.of("page", alertPage(story)));
        }
        audit.record(me.id(), me.email(), "mailing.breaking", story.headline(), "bülten " + made.get(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Son Dakika bildirimi kuyruğa alındı: " + page.audience() + " aboneye gidecek.");
        return new ModelAndView("redirect:/yonetim/bultenler");
    }

    @GetMapping("/yonetim/bultenler/engellenenler")
    ModelAndView suppressed(@ModelAttribute("me") StaffMember me) {
        requireAdmin(me);
        return suppressedPage("", "", "");
    }

    @PostMapping("/yonetim/bultenler/engellenenler")
    ModelAndView suppress(@ModelAttribute("me") StaffMember me, @RequestParam(name = "adres", defaultValue = "") String address,
                          @RequestParam(name = "neden", defaultValue = "") String reason,
                          @RequestParam(name = "not", defaultValue = "") String note,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        requireAdmin(me);
        String email = Subscriptions.normalize(address);
        Suppressions.Reason why = switch (reason) {
            case "BOUNCE" -> Suppressions.Reason.BOUNCE;
            case "COMPLAINT" -> Suppressions.Reason.COMPLAINT;
            case "MANUAL" -> Suppressions.Reason.MANUAL;
            default -> null;
        };
        if (!EMAIL.matcher(email).matches() || email.length() > 254 || why == null) {
            response.setStatus(400);
            return suppressedPage(why == null ? "Bir neden seçin." : "Geçerli bir e-posta adresi yazın.", address, note);
        }
        suppressions.record(email, why, note.strip());
        audit.record(me.id(), me.email(), "mail.suppress", email, why.name(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", email + " engellendi: bu adrese artık e-posta gönderilmeyecek.");
        return new ModelAndView("redirect:/yonetim/bultenler/engellenenler");
    }

    @PostMapping("/yonetim/bultenler/engellenenler/kaldir")
    ModelAndView lift(@ModelAttribute("me") StaffMember me, @RequestParam(name = "adres", defaultValue = "") String address,
                      HttpServletRequest request, RedirectAttributes flash) {
        requireAdmin(me);
        String email = Subscriptions.normalize(address);
        suppressions.lift(email);
        audit.record(me.id(), me.email(), "mail.unsuppress", email, "", request.getRemoteAddr());
        flash.addFlashAttribute("notice", email + " için engel kaldırıldı.");
        return new ModelAndView("redirect:/yonetim/bultenler/engellenenler");
    }

    private Article storyFor(StaffMember me, long storyId) {
        Article story = articles.find(storyId).orElseThrow(() -> new NotFoundException("story " + storyId));
        if (!me.role().publishes() || !me.canPublishIn(story.categoryId())) {
            throw new AccessDeniedException(me.email() + " may not send alerts for story " + storyId);
        }
        return story;
    }

    private AlertPage alertPage(Article story) {
        String category = categories.byId(story.categoryId()).map(c -> c.name()).orElse("");
        String path = categories.byId(story.categoryId()).map(c -> story.path(c.slug())).orElse("");
        String problem = story.published() ? "" : "Son Dakika bildirimi yalnızca yayındaki bir haber için gönderilebilir.";
        return new AlertPage(story.id(), story.headline(), story.spot(), path, category,
            TurkishText.upper("Son Dakika") + ": " + story.headline(), mailings.audience(audienceOf(story)),
            mailings.forStory(story.id()).orElse(null), problem);
    }

    private static List<String> audienceOf(Article story) {
        return List.of(MailingList.BREAKING, MailingList.ofCategory(story.categoryId()));
    }

    private ModelAndView suppressedPage(String error, String address, String note) {
        return new ModelAndView("subscription/suppressions", Map.of("entries", suppressions.list(500),
            "error", error, "address", address, "note", note));
    }

    private static void requireAdmin(StaffMember me) {
        if (!me.role().managesStaff()) {
            throw new AccessDeniedException(me.email() + " may not manage blocked addresses");
        }
    }
}
