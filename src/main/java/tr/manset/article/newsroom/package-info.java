/** The newsroom's screens for stories: dashboard, list, editor, workflow actions, preview and revisions. */
package tr.manset.article.newsroom;
