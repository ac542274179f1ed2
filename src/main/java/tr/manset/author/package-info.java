/** The people behind the stories: name, title, bio and photo, with a page at /yazar/{slug}. */
package tr.manset.author;
