package tr.manset.article;

/** A tag and how many stories carry it. */
public record TagUse(Tag tag, long stories) {}
