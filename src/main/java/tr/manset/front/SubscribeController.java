package tr.manset.front;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The old address of ABONE OL: subscribing (newsletters and feeds) now lives at /abone-ol. */
@Controller
class SubscribeController {

    @GetMapping("/abone")
    ResponseEntity<Void> subscribe() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/abone-ol")).build();
    }
}
