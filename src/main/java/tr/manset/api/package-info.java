/**
 * The JSON API under /api/v1 for automation: stories, categories, tags, authors and images, with
 * the same roles and rules as the newsroom's screens, authenticated by bearer tokens.
 */
package tr.manset.api;
