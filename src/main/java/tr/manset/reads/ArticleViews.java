package tr.manset.reads;

/** How often a story was read in a window of time. */
public record ArticleViews(long articleId, long views) {}
