/**
 * Newsroom staff: accounts, roles and what each role may do, signing in at /yonetim, and the
 * frame every newsroom page shares.
 */
package tr.manset.staff;
