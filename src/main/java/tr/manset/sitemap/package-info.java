/**
 * What search engines read to find the site's pages: /robots.txt, the sitemap index at
 * /sitemap.xml, monthly story sitemaps, category, author and tag sitemaps, and the Google News
 * sitemap of the last two days.
 */
package tr.manset.sitemap;
