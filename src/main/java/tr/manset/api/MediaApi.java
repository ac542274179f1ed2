package tr.manset.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tr.manset.audit.AuditLog;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.staff.CurrentStaff;
import tr.manset.staff.StaffMember;

/** POST /api/v1/media: upload an image (multipart "file", "alt", optional "caption" and "credit"). */
@RestController
class MediaApi {

    /** A stored image: its number for stories, its sizes and addresses. */
    record ImageJson(long id, int width, int height, String alt, String caption, String credit, String url) {}

    private final Images images;
    private final CurrentStaff staff;
    private final AuditLog audit;

    MediaApi(Images images, CurrentStaff staff, AuditLog audit) {
        this.images = images;
        this.staff = staff;
        this.audit = audit;
    }

    @PostMapping("/api/v1/media")
    ResponseEntity<ImageJson> upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String alt,
                                     @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
                                     HttpServletRequest request) throws IOException {
        StaffMember me = staff.get();
        if (!me.role().writesStories()) {
            throw new AccessDeniedException(me.email() + " does not upload images");
        }
        try (InputStream content = file.getInputStream()) {
            Image image = images.upload(content, alt, caption, credit);
            audit.record(me.id(), me.email(), "media.upload", "image:" + image.id(), alt, request.getRemoteAddr());
            return ResponseEntity.created(URI.create(image.urlFor(1200)))
                .body(new ImageJson(image.id(), image.width(), image.height(), image.alt(), image.caption(), image.credit(),
                    image.urlFor(1200)));
        }
    }
}
