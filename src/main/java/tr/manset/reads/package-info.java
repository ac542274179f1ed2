/**
 * "Çok okunanlar": page views of published stories, counted in memory and written to hourly
 * buckets in batches, and the most-read lists of the last 24 hours and 7 days. The module knows
 * stories only by their ids; the article module implements {@link tr.manset.reads.ReadableArticles}
 * and turns ids into teasers.
 */
package tr.manset.reads;
