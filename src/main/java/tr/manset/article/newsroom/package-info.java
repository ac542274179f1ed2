/**
 * The newsroom's screens for stories: dashboard, list, editor, workflow actions, preview and
 * revisions. {@link tr.manset.article.newsroom.StoryForm} is shared with the JSON API.
 */
@NamedInterface("newsroom")
package tr.manset.article.newsroom;

import org.springframework.modulith.NamedInterface;
