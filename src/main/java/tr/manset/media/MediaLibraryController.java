package tr.manset.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.audit.AuditLog;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;

/** /yonetim/medya: upload images and find them again to use in stories. */
@NewsroomController
class MediaLibraryController {

    static final int PAGE_SIZE = 48;

    private final Images images;
    private final AuditLog audit;

    MediaLibraryController(Images images, AuditLog audit) {
        this.images = images;
        this.audit = audit;
    }

    @GetMapping("/yonetim/medya")
    ModelAndView library(@ModelAttribute("me") StaffMember me, @RequestParam(name = "ara", defaultValue = "") String text,
                         @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        requireWriter(me);
        int current = Math.max(1, page);
        return new ModelAndView("media/library", Map.of("images", images.search(text, PAGE_SIZE, (current - 1) * PAGE_SIZE),
            "text", text, "page", current, "error", ""));
    }

    /** The editor's image picker: the library's search as JSON, newest first. */
    @GetMapping(value = "/yonetim/medya/ara", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.List<Map<String, Object>> search(@ModelAttribute("me") StaffMember me,
                                               @RequestParam(name = "ara", defaultValue = "") String text) {
        requireWriter(me);
        return images.search(text, PAGE_SIZE, 0).stream()
            .map(image -> Map.<String, Object>of("id", image.id(), "url", image.urlFor(400), "alt", image.alt(),
                "caption", image.caption(), "credit", image.credit()))
            .toList();
    }

    @PostMapping("/yonetim/medya")
    ModelAndView upload(@ModelAttribute("me") StaffMember me, @RequestParam(name = "dosya", required = false) MultipartFile file,
                        @RequestParam(name = "alt", defaultValue = "") String alt,
                        @RequestParam(name = "altyazi", defaultValue = "") String caption,
                        @RequestParam(name = "hak", defaultValue = "") String credit,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        requireWriter(me);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return failed("Yüklenecek bir görsel dosyası seçin.");
        }
        try (InputStream content = file.getInputStream()) {
            Image image = images.upload(content, alt, caption, credit);
            audit.record(me.id(), me.email(), "media.upload", "image:" + image.id(), alt, request.getRemoteAddr());
            flash.addFlashAttribute("notice", "Görsel yüklendi. Haberde kullanmak için numarası: " + image.id());
            return new ModelAndView("redirect:/yonetim/medya");
        } catch (UploadRejected rejected) {
            response.setStatus(rejected.status().value());
            return failed(rejected.getMessage());
        }
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setStatus(413);
        return new ModelAndView("media/too-large");
    }

    private ModelAndView failed(String message) {
        return new ModelAndView("media/library", Map.of("images", images.search("", PAGE_SIZE, 0), "text", "", "page", 1,
            "error", message));
    }

    private static void requireWriter(StaffMember me) {
        if (!me.role().writesStories()) {
            throw new AccessDeniedException(me.email() + " does not work with images");
        }
    }
}
