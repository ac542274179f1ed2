package tr.manset.comment.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.audit.AuditLog;
import tr.manset.comment.Bans;
import tr.manset.comment.CommentMode;
import tr.manset.comment.Moderation;
import tr.manset.comment.ModerationSettings;
import tr.manset.comment.SettingsStore;
import tr.manset.comment.Terms;
import tr.manset.comment.rules.TermKind;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;

/** The moderators' tools around the queues: term lists, bans, and (for editors-in-chief and admins) settings. */
@NewsroomController
class ModerationSetupController {

    static final int MAX_TERM = 60;

    private final Terms terms;
    private final Bans bans;
    private final Moderation moderation;
    private final SettingsStore settings;
    private final AuditLog audit;

    ModerationSetupController(Terms terms, Bans bans, Moderation moderation, SettingsStore settings, AuditLog audit) {
        this.terms = terms;
        this.bans = bans;
        this.moderation = moderation;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/yonetim/moderasyon/kelimeler")
    ModelAndView terms(@ModelAttribute("me") StaffMember me) {
        ModerationController.require(me);
        return termsPage("");
    }

    @PostMapping("/yonetim/moderasyon/kelimeler")
    ModelAndView addTerm(@ModelAttribute("me") StaffMember me, @RequestParam(name = "kelime", defaultValue = "") String term,
                         @RequestParam(name = "tur", defaultValue = "") String kind,
                         HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        ModerationController.require(me);
        String clean = term.strip();
        TermKind termKind;
        try {
            termKind = TermKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            termKind = null;
        }
        String problem = clean.isEmpty() ? "Bir kelime yazın."
            : clean.length() > MAX_TERM ? "Kelime en fazla " + MAX_TERM + " karakter olabilir."
            : termKind == null ? "Listeyi seçin: yasaklı, şüpheli ya da istisna." : "";
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return termsPage(problem);
        }
        terms.put(clean, termKind, me.email());
        audit.record(me.id(), me.email(), "comment.term", clean, termKind.name(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", "«" + clean + "» listeye eklendi.");
        return new ModelAndView("redirect:/yonetim/moderasyon/kelimeler");
    }

    @PostMapping("/yonetim/moderasyon/kelimeler/{id}/sil")
    ModelAndView removeTerm(@ModelAttribute("me") StaffMember me, @PathVariable long id, HttpServletRequest request,
                            RedirectAttributes flash) {
        ModerationController.require(me);
        terms.remove(id).ifPresent(entry -> {
            audit.record(me.id(), me.email(), "comment.term.remove", entry.term(), entry.kind().name(), request.getRemoteAddr());
            flash.addFlashAttribute("notice", "«" + entry.term() + "» listeden çıkarıldı.");
        });
        return new ModelAndView("redirect:/yonetim/moderasyon/kelimeler");
    }

    @GetMapping("/yonetim/moderasyon/engeller")
    ModelAndView bans(@ModelAttribute("me") StaffMember me) {
        ModerationController.require(me);
        return new ModelAndView("moderation/bans", Map.of("bans", bans.recent(200)));
    }

    @PostMapping("/yonetim/moderasyon/engeller/{id}/kaldir")
    ModelAndView lift(@ModelAttribute("me") StaffMember me, @PathVariable long id, HttpServletRequest request,
                      RedirectAttributes flash) {
        ModerationController.require(me);
        flash.addFlashAttribute("notice", moderation.lift(id, me, request.getRemoteAddr())
            ? "Engel kaldırıldı." : "Bu engel zaten kaldırılmış.");
        return new ModelAndView("redirect:/yonetim/moderasyon/engeller");
    }

    @GetMapping("/yonetim/moderasyon/ayarlar")
    ModelAndView settings(@ModelAttribute("me") StaffMember me) {
        requireSettings(me);
        return settingsPage(settings.moderation(), "");
    }

    @PostMapping("/yonetim/moderasyon/ayarlar")
    ModelAndView saveSettings(@ModelAttribute("me") StaffMember me,
                              @RequestParam(name = "mod", defaultValue = "") String mode,
                              @RequestParam(name = "yeni_yorumcu", defaultValue = "") String newCommenterWaits,
                              @RequestParam(name = "kapanma_gunu", defaultValue = "") String closeAfterDays,
                              @RequestParam(name = "en_cok_baglanti", defaultValue = "") String maxLinks,
                              @RequestParam(name = "sikayet_esigi", defaultValue = "") String reportThreshold,
                              HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        requireSettings(me);
        CommentMode siteMode;
        try {
            siteMode = CommentMode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            siteMode = null;
        }
        Integer waits = number(newCommenterWaits, 0, 100);
        Integer days = number(closeAfterDays, 0, 3650);
        Integer links = number(maxLinks, 0, 50);
        Integer threshold = number(reportThreshold, 1, 1000);
        String problem = siteMode == null || !ModerationSettings.siteMode(siteMode) ? "Bir moderasyon biçimi seçin."
            : waits == null ? "Yeni yorumcu sayısı 0 ile 100 arasında bir tam sayı olmalı."
            : days == null ? "Kapanma süresi 0 ile 3650 gün arasında olmalı (0: hiç kapanmaz)."
            : links == null ? "Bağlantı sınırı 0 ile 50 arasında olmalı."
            : threshold == null ? "Şikayet eşiği 1 ile 1000 arasında olmalı." : "";
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return settingsPage(settings.moderation(), problem);
        }
        ModerationSettings saved = new ModerationSettings(siteMode, waits, days, links, threshold);
        settings.save(saved);
        audit.record(me.id(), me.email(), "comment.settings", "moderasyon ayarları", saved.toString(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Moderasyon ayarları kaydedildi.");
        return new ModelAndView("redirect:/yonetim/moderasyon/ayarlar");
    }

    private ModelAndView termsPage(String problem) {
        return new ModelAndView("moderation/terms", Map.of("terms", terms.list(), "kinds", TermKind.values(), "problem", problem));
    }

    private ModelAndView settingsPage(ModerationSettings current, String problem) {
        return new ModelAndView("moderation/settings", Map.of("settings", current, "problem", problem,
            "modes", java.util.List.of(CommentMode.POSTMODERATED, CommentMode.NEW_COMMENTERS_WAIT, CommentMode.PREMODERATED)));
    }

    private static Integer number(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void requireSettings(StaffMember me) {
        if (!me.role().managesCommentSettings()) {
            throw new AccessDeniedException(me.email() + " may not change moderation settings");
        }
    }
}
