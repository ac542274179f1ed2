package tr.manset.comment.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.comment.Ban;
import tr.manset.comment.CommentRefused;
import tr.manset.comment.CommentedArticles;
import tr.manset.comment.Moderation;
import tr.manset.comment.ModerationQueue;
import tr.manset.comment.takedown.TakedownRequests;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.text.TurkishText;

/**
 * /yonetim/moderasyon: the queues of comments, decisions one by one or in bulk, bans. For the
 * roles that moderate comments (Moderatör, Yayın Yönetmeni, Yönetici).
 */
@NewsroomController
class ModerationController {

    static final int PAGE_SIZE = 25;

    private final ModerationQueue queue;
    private final Moderation moderation;
    private final CommentedArticles articles;
    private final TakedownRequests takedowns;

    ModerationController(ModerationQueue queue, Moderation moderation, CommentedArticles articles,
                         TakedownRequests takedowns) {
        this.queue = queue;
        this.moderation = moderation;
        this.articles = articles;
        this.takedowns = takedowns;
    }

    @GetMapping("/yonetim/moderasyon")
    ModelAndView queue(@ModelAttribute("me") StaffMember me,
                       @RequestParam(name = "kuyruk", defaultValue = "bekleyen") String queueName,
                       @RequestParam(name = "haber", required = false) Long articleId,
                       @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        require(me);
        ModerationQueue.Queue current = ModerationQueue.Queue.parse(queueName);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("queue", current);
        model.put("queues", ModerationQueue.Queue.values());
        model.put("counts", queue.counts(articleId));
        model.put("items", queue.page(current, articleId, Math.max(1, page), PAGE_SIZE));
        model.put("article", articleId == null ? null : articles.find(articleId).orElse(null));
        model.put("actions", Moderation.Action.values());
        model.put("banKinds", Ban.Kind.values());
        model.put("banLengths", Moderation.BanLength.values());
        model.put("takedowns", takedowns.openWithDeadlines());
        return new ModelAndView("moderation/queue", model);
    }

    @GetMapping("/yonetim/moderasyon/yorumcu/{commenter}")
    ModelAndView commenter(@ModelAttribute("me") StaffMember me, @PathVariable String commenter) {
        require(me);
        return new ModelAndView("moderation/commenter", Map.of("items", queue.byCommenter(commenter, 100),
            "history", queue.history(commenter), "actions", Moderation.Action.values()));
    }

    @PostMapping("/yonetim/moderasyon/karar")
    ModelAndView decide(@ModelAttribute("me") StaffMember me,
                  @RequestParam(name = "yorum", defaultValue = "") List<Long> ids,
                  @RequestParam(name = "islem", defaultValue = "") String actionName,
                  @RequestParam(name = "neden", defaultValue = "") String reason,
                  @RequestParam(name = "geri", defaultValue = "/yonetim/moderasyon") String back,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        Moderation.Action action = Moderation.Action.parse(actionName);
        if (action == null) {
            return problem(new CommentRefused(HttpStatus.BAD_REQUEST, "Bilinmeyen işlem."), response);
        }
        try {
            int changed = moderation.decide(ids, action, reason, me, request.getRemoteAddr());
            flash.addFlashAttribute("notice", changed == 0
                ? "Hiçbir yorum değişmedi: seçilenler bu işleme uygun durumda değildi."
                : changed + " yorum: " + action.label().toLowerCase(TurkishText.TURKISH) + " işlemi yapıldı.");
            return new ModelAndView("redirect:" + safeBack(back));
        } catch (CommentRefused refused) {
            return problem(refused, response);
        }
    }

    @PostMapping("/yonetim/moderasyon/yorum/{id}/engelle")
    ModelAndView ban(@ModelAttribute("me") StaffMember me, @PathVariable long id,
               @RequestParam(name = "tur", defaultValue = "COMMENTER") String kind,
               @RequestParam(name = "sure", defaultValue = "WEEK") String length,
               @RequestParam(name = "neden", defaultValue = "") String reason,
               @RequestParam(name = "geri", defaultValue = "/yonetim/moderasyon") String back,
               HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        Ban.Kind banKind;
        Moderation.BanLength banLength;
        try {
            banKind = Ban.Kind.valueOf(kind);
            banLength = Moderation.BanLength.valueOf(length);
        } catch (IllegalArgumentException unknown) {
            return problem(new CommentRefused(HttpStatus.BAD_REQUEST, "Engelleme türü ya da süresi anlaşılamadı."), response);
        }
        try {
            moderation.ban(id, banKind, banLength, reason, me, request.getRemoteAddr());
        } catch (CommentRefused refused) {
            return problem(refused, response);
        }
        flash.addFlashAttribute("notice", "Yorumcu engellendi (" + banKind.label() + ", " + banLength.label() + ").");
        return new ModelAndView("redirect:" + safeBack(back));
    }

    private static ModelAndView problem(CommentRefused refused, HttpServletResponse response) {
        response.setStatus(refused.status().value());
        return new ModelAndView("moderation/problem", Map.of("problem", refused.getMessage()));
    }

    /** Only back into the moderation pages: never an open redirect. */
    static String safeBack(String back) {
        return back != null && back.startsWith("/yonetim/moderasyon") && !back.contains("//") && !back.contains("\\")
            ? back : "/yonetim/moderasyon";
    }

    static void require(StaffMember me) {
        if (!me.role().moderatesComments()) {
            throw new AccessDeniedException(me.email() + " may not moderate comments");
        }
    }
}
