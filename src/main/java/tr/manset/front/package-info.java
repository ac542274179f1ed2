/**
 * The reader's site around the stories: the masthead every page shares, the home page, the
 * category, tag and author listings, the subscribe page and the error pages.
 */
package tr.manset.front;
