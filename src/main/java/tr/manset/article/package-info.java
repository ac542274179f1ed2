/**
 * News stories: the model and its publishing states, the safe structured body, storage, and the
 * reader's article page at /{category}/{headline-slug}-{id}.
 */
package tr.manset.article;
