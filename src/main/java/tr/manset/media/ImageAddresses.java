package tr.manset.media;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tr.manset.system.web.NotFoundException;

/** /medya/by-id/{id}: where an image's middle width lives, for the newsroom editor's previews. */
@Controller
class ImageAddresses {

    private final Images images;

    ImageAddresses(Images images) {
        this.images = images;
    }

    @GetMapping("/medya/by-id/{id:\\d{1,18}}")
    String byId(@PathVariable long id) {
        return images.byId(id).map(image -> "redirect:" + image.urlFor(800))
            .orElseThrow(() -> new NotFoundException("image " + id));
    }
}
