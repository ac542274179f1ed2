package tr.manset.article.newsroom;

import java.util.List;
import tr.manset.article.DeskRow;

/** The newsroom's front page: what waits for the signed-in member. */
public record DashboardPage(List<DeskRow> myDrafts, List<DeskRow> inReview, List<DeskRow> scheduled,
                            List<DeskRow> recentlyPublished) {}
