/**
 * Readers as people the site holds data about: their accounts and sessions, and their rights
 * under KVKK (a copy of their data, erasure, withdrawing consent). Modules that keep personal
 * data about readers take part by implementing {@link PersonalData}.
 */
package tr.manset.reader;
