/** Machine-readable ways to follow the site: RSS feeds of the newest stories, site-wide and per category. */
package tr.manset.feed;
