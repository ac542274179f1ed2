package tr.manset.article;

/** A topic that links stories across categories, with a page at /etiket/{slug}. */
public record Tag(long id, String slug, String name) {

    public String path() {
        return "/etiket/" + slug;
    }
}
