package tr.manset.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feeds (MANSET_FEEDS_* variables).
 *
 * @param fullContent put each story's whole body into its feed entry (MANSET_FEEDS_FULL_CONTENT,
 *     default false): readers can then read the story without visiting the site
 */
@ConfigurationProperties("manset.feeds")
record FeedProperties(@DefaultValue("false") boolean fullContent) {}
