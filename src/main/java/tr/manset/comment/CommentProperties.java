package tr.manset.comment;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Comment limits that operators set (MANSET_COMMENTS_* variables); what moderators change at
 * run time is in {@link ModerationSettings}.
 *
 * @param maxLength longest comment, in characters
 * @param pageSize comments per page on the article and comments pages
 * @param postsPerClientPerMinute posts one client may make in a minute, on one node
 * @param postsPerArticlePerMinute posts one story may take in a minute, on one node
 * @param actionsPerClientPerMinute votes and reports one client may make in a minute
 * @param personalDataRetention how long commenters' e-mail addresses and address hashes are kept
 */
@Validated
@ConfigurationProperties("manset.comments")
public record CommentProperties(
        @DefaultValue("2000") @Positive int maxLength,
        @DefaultValue("10") @Positive int pageSize,
        @DefaultValue("5") @Positive int postsPerClientPerMinute,
        @DefaultValue("60") @Positive int postsPerArticlePerMinute,
        @DefaultValue("60") @Positive int actionsPerClientPerMinute,
        @DefaultValue("365d") Duration personalDataRetention) {}
