package tr.manset.comment.takedown;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.text.CsvWriter;
import tr.manset.system.time.TurkishTime;
import tr.manset.system.web.NotFoundException;

/**
 * /yonetim/moderasyon/kaldirma: the takedown log for comment moderators. The list shows open
 * requests first with their 24-hour deadlines and holds the form for a new one; each request has
 * a page to decide it and mark it carried out; the whole log downloads as CSV.
 */
@NewsroomController
class TakedownController {

    static final String BASE = "/yonetim/moderasyon/kaldirma";
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(TurkishTime.ISTANBUL);

    private final TakedownRequests requests;
    private final Clock clock;

    TakedownController(TakedownRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping(BASE)
    ModelAndView list(@ModelAttribute("me") StaffMember me, @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        TakedownRequests.require(me);
        return listPage(TakedownForm.empty(), page);
    }

    @PostMapping(BASE)
    ModelAndView create(@ModelAttribute("me") StaffMember me,
                        @RequestParam(name = "requester", defaultValue = "") String requester,
                        @RequestParam(name = "contact", defaultValue = "") String contact,
                        @RequestParam(name = "commentId", defaultValue = "") String commentId,
                        @RequestParam(name = "url", defaultValue = "") String url,
                        @RequestParam(name = "reason", defaultValue = "") String reason,
                        @RequestParam(name = "received", defaultValue = "") String received,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        TakedownRequests.require(me);
        TakedownForm form = requests.check(requester, contact, commentId, url, reason, received);
        if (!form.valid()) {
            response.setStatus(400);
            return listPage(form, 1);
        }
        Takedown recorded = requests.record(form, me, request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Talep #" + recorded.id() + " kaydedildi. Yanıt için son süre: "
            + recorded.deadlineText() + " (TSİ).");
        return new ModelAndView("redirect:" + recorded.path());
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView show(@ModelAttribute("me") StaffMember me, @PathVariable long id) {
        TakedownRequests.require(me);
        return detailPage(existing(id), "", "", "", "");
    }

    /** islem=karar (karar=kabul|ret, not) or islem=uygulandi (zaman, empty for now). */
    @PostMapping(BASE + "/{id}")
    ModelAndView act(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                     @RequestParam(name = "islem", defaultValue = "") String step,
                     @RequestParam(name = "karar", defaultValue = "") String choice,
                     @RequestParam(name = "not", defaultValue = "") String note,
                     @RequestParam(name = "zaman", defaultValue = "") String when,
                     HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        TakedownRequests.require(me);
        existing(id);
        try {
            switch (step) {
                case "karar" -> {
                    Takedown decided = requests.decide(id, choice, note, me, request.getRemoteAddr());
                    flash.addFlashAttribute("notice", "Karar kaydedildi: " + decided.decision().label() + "."
                        + (decided.awaitsRemoval() ? " Uygulandı olarak işaretlediğinizde talep edilen yorum yayından kaldırılır." : ""));
                }
                case "uygulandi" -> {
                    Takedown done = requests.markCarriedOut(id, when, me, request.getRemoteAddr());
                    flash.addFlashAttribute("notice", "Uygulandı olarak işaretlendi: " + done.carriedOutText() + "."
                        + (done.commentId() != null ? " Yorum #" + done.commentId() + " yayından kaldırıldı." : ""));
                }
                default -> throw new TakedownRefused(400, "Bilinmeyen işlem; sayfayı yenileyip yeniden deneyin.");
            }
        } catch (TakedownRefused refused) {
            response.setStatus(refused.status());
            return detailPage(existing(id), refused.getMessage(), choice, note, when);
        }
        return new ModelAndView("redirect:" + BASE + "/" + id);
    }

    @GetMapping(BASE + ".csv")
    void export(@ModelAttribute("me") StaffMember me, HttpServletRequest request, HttpServletResponse response) throws IOException {
        TakedownRequests.require(me);
        response.setContentType(CsvWriter.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("kaldirma-talepleri-" + FILE_STAMP.format(clock.instant()) + ".csv", StandardCharsets.UTF_8)
            .build().toString());
        CsvWriter csv = new CsvWriter(response.getOutputStream());
        requests.export(csv, me, request.getRemoteAddr());
        csv.flush();
    }

    private Takedown existing(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("takedown " + id));
    }

    private ModelAndView listPage(TakedownForm form, int page) {
        return new ModelAndView("moderation/takedowns", Map.of(
            "open", requests.openWithDeadlines(),
            "closed", requests.closed(page),
            "form", form));
    }

    private ModelAndView detailPage(Takedown request, String problem, String choice, String note, String when) {
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("deadline", request.open() ? OpenTakedown.of(request, clock.instant()) : null);
        model.put("problem", problem);
        model.put("choice", choice);
        model.put("note", note);
        model.put("when", when);
        return new ModelAndView("moderation/takedown", model);
    }
}
