/**
 * Demo content: on first start with an empty database, fills the site with fictional Turkish
 * news written for the project, illustrated with images the project draws itself.
 */
package tr.manset.demo;
