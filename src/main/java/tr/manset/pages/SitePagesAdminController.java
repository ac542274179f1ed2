package tr.manset.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.text.FormText;
import tr.manset.system.web.NotFoundException;

/** /yonetim/sayfalar: admins keep the imprint, contact details and the text pages. */
@NewsroomController
class SitePagesAdminController {

    static final int TEXT_MAX = 50_000;

    private final SitePages pages;

    SitePagesAdminController(SitePages pages) {
        this.pages = pages;
    }

    @GetMapping("/yonetim/sayfalar")
    ModelAndView overview(@ModelAttribute("me") StaffMember me) {
        require(me);
        Imprint imprint = pages.imprint();
        return overview(ImprintForm.of(imprint, imprint.contactText()), Map.of(), null);
    }

    @PostMapping("/yonetim/sayfalar/kunye")
    ModelAndView saveImprint(@ModelAttribute("me") StaffMember me, @ModelAttribute("form") ImprintForm form,
                             BindingResult unparsable, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        // A version that is not a number binds as null, and problems() says so in Turkish.
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return overview(form, problems, null);
        }
        try {
            pages.saveImprint(form.toImprint(), me, request.getRemoteAddr());
        } catch (StaleEditException stale) {
            // Someone saved in between: keep what this admin typed, show what is saved now beside it,
            // and let the next save go over the newer version once they have looked.
            Imprint current = pages.imprint();
            response.setStatus(409);
            return overview(form.over(current.version()), Map.of(), current);
        }
        flash.addFlashAttribute("notice", "Künye ve iletişim bilgileri kaydedildi.");
        return new ModelAndView("redirect:/yonetim/sayfalar");
    }

    @GetMapping("/yonetim/sayfalar/{slug}")
    ModelAndView editText(@ModelAttribute("me") StaffMember me, @PathVariable String slug) {
        require(me);
        PageText text = pages.text(page(slug));
        return textEditor(text.page(), text.body(), text.version(), "", null);
    }

    @PostMapping("/yonetim/sayfalar/{slug}")
    ModelAndView saveText(@ModelAttribute("me") StaffMember me, @PathVariable String slug,
                          @RequestParam(name = "body", defaultValue = "") String body,
                          @RequestParam(name = "version", defaultValue = "") String versionText,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        TextPage page = page(slug);
        Long version = versionText.matches("\\d{1,18}") ? Long.valueOf(versionText) : null;
        String clean = FormText.block(body);
        String problem = clean.isEmpty() ? "Metin boş olamaz. Varsayılan metne dönmek için aşağıdaki metni kullanabilirsiniz."
            : FormText.length(clean) > TEXT_MAX ? "Metin en fazla " + TEXT_MAX + " karakter olabilir; şu an "
                + FormText.length(clean) + " karakter."
            : version == null ? "Form eksik gönderildi; sayfayı yenileyip yeniden deneyin." : "";
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return textEditor(page, clean, version == null ? pages.text(page).version() : version, problem, null);
        }
        try {
            pages.saveText(page, clean, version, me, request.getRemoteAddr());
        } catch (StaleEditException stale) {
            PageText current = pages.text(page);
            response.setStatus(409);
            return textEditor(page, clean, current.version(), "", current);
        }
        flash.addFlashAttribute("notice", page.title() + " kaydedildi.");
        return new ModelAndView("redirect:/yonetim/sayfalar/" + page.slug());
    }

    private ModelAndView overview(ImprintForm form, Map<String, String> problems, Imprint theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problems", problems);
        model.put("theirs", theirs);
        model.put("texts", Arrays.stream(TextPage.values()).map(pages::text).toList());
        return new ModelAndView("pages/admin", model);
    }

    private ModelAndView textEditor(TextPage page, String body, long version, String problem, PageText theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("body", body);
        model.put("version", version);
        model.put("problem", problem);
        model.put("theirs", theirs);
        model.put("shipped", page.shippedText());
        return new ModelAndView("pages/admin-text", model);
    }

    private static TextPage page(String slug) {
        return TextPage.bySlug(slug).orElseThrow(() -> new NotFoundException("site page " + slug));
    }

    private static void require(StaffMember me) {
        if (!me.role().managesSitePages()) {
            throw new AccessDeniedException(me.email() + " may not edit the site pages");
        }
    }
}
