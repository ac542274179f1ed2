/**
 * Machine-readable ways to follow the site: RSS 2.0 and Atom feeds of the newest stories, for the
 * whole site and for each category, author and tag.
 */
package tr.manset.feed;
