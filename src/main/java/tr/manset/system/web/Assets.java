package tr.manset.system.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Addresses of the site's stylesheets and scripts with their content hash, so they can be cached for long. */
@Component
public class Assets {

    private final ResourceUrlProvider urls;

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    /** "/assets/site.css" → "/assets/site-3f13….css"; the plain path if the file is unknown. */
    public String url(String path) {
        String versioned = urls.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
