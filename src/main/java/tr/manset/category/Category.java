package tr.manset.category;

import tr.manset.system.text.TurkishText;

/** A section of the site, such as Dünya, with its own page at /{slug}. */
public record Category(long id, String slug, String name, String description, int position) {

    public String path() {
        return "/" + slug;
    }

    /** The label over headlines: "DÜNYA", upper-cased by Turkish rules. */
    public String label() {
        return TurkishText.upper(name);
    }
}
