/**
 * Site pages: the imprint (Künye) and contact details the Press Law asks for, the editorial
 * policy, the KVKK information notice and the cookie policy, reached from every page's footer and
 * kept by admins at /yonetim/sayfalar. Publishes no events.
 */
package tr.manset.pages;
