/** The site's sections (Gündem, Dünya …): names, slugs, order and the navigation built from them. */
package tr.manset.category;
