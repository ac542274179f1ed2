/**
 * Search, related stories and search-as-you-type over a Lucene index with Turkish analysis. The
 * index is a derived copy of the published stories: each node keeps its own, follows the
 * database's change feed, and rebuilds it from the database when it is missing or outdated.
 */
package tr.manset.search;
