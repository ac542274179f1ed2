package tr.manset.article;

import tr.manset.category.Category;
import tr.manset.comment.CommentSection;
import tr.manset.system.layout.PageMeta;

/** A story's comments page (TÜMÜ): the story's headline and every published comment, page by page. */
public record CommentsPage(Article article, Category category, CommentSection comments, PageMeta meta) {}
