/**
 * Images: stored once in several widths under the data directory, served with long-lived cache
 * headers, and described by alt text, caption and credit.
 */
package tr.manset.media;
