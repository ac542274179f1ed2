package tr.manset.article.newsroom;

import java.util.List;
import tr.manset.article.DeskQuery;
import tr.manset.article.DeskRow;
import tr.manset.article.Status;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.system.web.Paged;

/** The filterable list of every story. */
public record StoriesPage(DeskQuery query, Paged<DeskRow> rows, List<Category> categories, List<Author> authors,
                          List<Status> statuses, String queryString) {}
