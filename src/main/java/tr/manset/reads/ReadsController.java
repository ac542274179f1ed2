package tr.manset.reads;

import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Where readings are counted. Article pages are cached by browsers and a CDN, so the page itself
 * cannot count: each reading sends a request that always reaches the server. The page's script
 * sends a beacon (POST /okunma/{id}); without JavaScript a 1×1 image (/okunma/{id}.gif) does the
 * same. Neither answer may be stored anywhere. Unknown ids and robots get the same answer and
 * count nothing.
 */
@Controller
class ReadsController {

    /** A transparent GIF of one pixel. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final ViewCounter counter;

    ReadsController(ViewCounter counter) {
        this.counter = counter;
    }

    @PostMapping("/okunma/{articleId:\\d{1,18}}")
    ResponseEntity<Void> beacon(@PathVariable long articleId,
                                @RequestHeader(name = "User-Agent", required = false) String userAgent) {
        count(articleId, userAgent);
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/okunma/{articleId:\\d{1,18}}.gif")
    ResponseEntity<byte[]> pixel(@PathVariable long articleId,
                                 @RequestHeader(name = "User-Agent", required = false) String userAgent,
                                 HttpMethod method) {
        if (method == HttpMethod.GET) {
            count(articleId, userAgent);
        }
        return ResponseEntity.ok()
            .contentType(MediaType.IMAGE_GIF)
            .cacheControl(CacheControl.noStore())
            .body(PIXEL);
    }

    private void count(long articleId, String userAgent) {
        if (!Readers.isRobot(userAgent)) {
            counter.count(articleId);
        }
    }
}
