package tr.manset.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.audit.AuditLog;
import tr.manset.staff.StaffMember;
import tr.manset.system.web.NotFoundException;

/**
 * What staff do to stories: write, save, submit, schedule, publish, unpublish, mark updates,
 * restore revisions and delete stories readers never saw. Every action checks the rules, keeps a
 * revision of saved content, and goes to the audit log.
 */
@Service
public class NewsDesk {

    private static final Logger log = LoggerFactory.getLogger(NewsDesk.class);

    /** How long one person's autosaves keep adding to the same revision. */
    static final Duration AUTOSAVE_CHECKPOINT = Duration.ofMinutes(2);

    private final ArticleStore stories;
    private final RevisionStore revisions;
    private final AuditLog audit;
    private final Clock clock;

    NewsDesk(ArticleStore stories, RevisionStore revisions, AuditLog audit, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Article create(Content content, StaffMember me, String address) {
        StoryRules.requireWriter(me);
        StoryRules.requireCategory(me, content.categoryId(), null);
        Instant now = clock.instant();
        Article draft = Article.draft(content.headline(), content.spot(), content.body(), content.categoryId(),
            content.authorIds(), content.tags(), content.source(), content.hero(), now).edited(content, now).createdBy(me.id());
        long id = stories.insert(draft);
        revisions.insert(id, 1, content, me.id(), now);
        audit.record(me.id(), me.email(), "article.create", "article:" + id, content.headline(), address);
        return find(id);
    }

    /** Saves new content over {@code baseVersion}; a stale base is refused with the newer story. */
    @Transactional
    public Article save(long id, int baseVersion, Content content, StaffMember me, String address) {
        Article before = beforeSave(id, baseVersion, content, me);
        Article edited = before.edited(content, clock.instant());
        write(edited, before);
        revisions.insert(id, before.version() + 1, content, me.id(), edited.modifiedAt());
        audit.record(me.id(), me.email(), "article.edit", "article:" + id, content.headline(), address);
        return find(id);
    }

    /**
     * Saves while the editor types: the rules and version check of {@link #save}, but the history
     * keeps a checkpoint rather than a revision per pause in typing. While the newest revision is
     * this person's and began less than {@link #AUTOSAVE_CHECKPOINT} ago, the autosave folds into it
     * (it moves to the new version with the new content, keeping its start time); otherwise a new
     * revision begins. So the history always ends with what is saved, never credits one person with
     * another's words, and gains at most one revision per two minutes of one person's typing. The
     * audit log records "article.autosave" only when a revision begins, for the same reason.
     * Content that has not changed since the last save is not saved again.
     */
    @Transactional
    public Article autosave(long id, int baseVersion, Content content, StaffMember me, String address) {
        Article before = beforeSave(id, baseVersion, content, me);
        if (before.content().equals(content)) {
            return before;
        }
        Article edited = before.edited(content, clock.instant());
        write(edited, before);
        int version = before.version() + 1;
        Instant now = edited.modifiedAt();
        Optional<Revision> newest = revisions.newest(id)
            .filter(r -> r.staffId() != null && r.staffId() == me.id() && r.savedAt().isAfter(now.minus(AUTOSAVE_CHECKPOINT)));
        if (newest.isPresent()) {
            revisions.fold(id, newest.get().version(), version, content);
        } else {
            revisions.insert(id, version, content, me.id(), now);
            audit.record(me.id(), me.email(), "article.autosave", "article:" + id, content.headline(), address);
        }
        return find(id);
    }

    @Transactional
    public Article submit(long id, StaffMember me, String address) {
        return act(id, me, address, "article.submit", false, story -> story.submitted(clock.instant()));
    }

    @Transactional
    public Article returnToDraft(long id, StaffMember me, String address) {
        return act(id, me, address, "article.return", true, story -> story.returned(clock.instant()));
    }

    @Transactional
    public Article schedule(long id, Instant at, StaffMember me, String address) {
        return act(id, me, address, "article.schedule", true, story -> story.scheduled(at, clock.instant()));
    }

    @Transactional
    public Article publish(long id, StaffMember me, String address) {
        return act(id, me, address, "article.publish", true, story -> story.publishedAt(clock.instant()));
    }

    @Transactional
    public Article unpublish(long id, StaffMember me, String address) {
        return act(id, me, address, "article.unpublish", true, story -> story.unpublished(clock.instant()));
    }

    /** "Güncelle": readers see GÜNCELLEME with this time. */
    @Transactional
    public Article markUpdated(long id, StaffMember me, String address) {
        return act(id, me, address, "article.update", true, story -> story.updatedAt(clock.instant()));
    }

    /**
     * Brings back the content of an earlier revision as a new revision; nothing is lost.
     *
     * @throws MissingRevisionException when the history has no such revision, for example because
     *     it was folded into a later one after the history page was opened
     * @throws StaleVersionException when someone saved while restoring
     */
    @Transactional
    public Article restore(long id, int version, StaffMember me, String address) {
        Article current = findForEditing(id, me);
        Revision revision = revisions.find(id, version).orElseThrow(() -> new MissingRevisionException(id, version,
            // Only the newest revision ever folds, so the next one holds it; a version from the future was never there.
            version < current.version() ? revisions.firstAfter(id, version).map(Revision::version).orElse(null) : null));
        return save(id, current.version(), revision.content(), me, address);
    }

    /**
     * Deletes a story readers never saw, with its revisions: a draft, a story in review, or a
     * scheduled one (which so never publishes). A story once published stays on record and is
     * unpublished instead. Goes to the audit log as "article.delete".
     *
     * @param expectedVersion the version the person chose to delete, or null for whatever is current
     * @return the story as it was before it was deleted
     * @throws PublishedStoryException when readers may have seen it
     * @throws StaleVersionException when it changed since {@code expectedVersion}, or while deleting
     */
    @Transactional
    public Article delete(long id, Integer expectedVersion, StaffMember me, String address) {
        Article story = findForDeleting(id, me);
        if (story.everPublished()) {
            throw new PublishedStoryException(story);
        }
        if (expectedVersion != null && expectedVersion != story.version()) {
            throw new StaleVersionException(story);
        }
        if (!stories.delete(id, story.version())) {
            // Saved, or published by the scheduler, in between: nothing was deleted.
            throw new StaleVersionException(find(id));
        }
        audit.record(me.id(), me.email(), "article.delete", "article:" + id, story.headline(), address);
        return story;
    }

    /** A story to delete: only for those who may delete it, whatever its state (403 otherwise). */
    public Article findForDeleting(long id, StaffMember me) {
        Article story = find(id);
        StoryRules.requireDeletable(me, story);
        return story;
    }

    /** Whether the member may delete the story now: allowed to, and readers never saw it. */
    public boolean canDelete(Article story, StaffMember me) {
        return StoryRules.deletable(me, story);
    }

    public Article find(long id) {
        return stories.find(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    /** A story for its editor page or preview: for those who may edit it, and for its writer (read-only). */
    public Article findForViewing(long id, StaffMember me) {
        Article story = find(id);
        StoryRules.requireViewable(me, story);
        return story;
    }

    public boolean canEdit(Article story, StaffMember me) {
        return StoryRules.editable(me, story);
    }

    /** A story to change: only for those who may edit it. */
    public Article findForEditing(long id, StaffMember me) {
        Article story = find(id);
        StoryRules.requireEditable(me, story);
        return story;
    }

    public List<Revision> revisions(long id, StaffMember me) {
        findForEditing(id, me);
        return revisions.findAll(id);
    }

    /**
     * Publishes every scheduled story whose time has come. Safe on many nodes at once: the
     * versioned update lets exactly one of them publish a story.
     */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (long id : stories.dueForPublication(now)) {
            Article story = stories.find(id).orElse(null);
            if (story != null && story.status() == Status.SCHEDULED && stories.update(story.publishedAt(now))) {
                audit.record(null, "Zamanlayıcı", "article.publish", "article:" + id, "scheduled", "");
                published++;
            }
        }
        if (published > 0) {
            log.info("Published {} scheduled stories", published);
        }
        return published;
    }

    private Article act(long id, StaffMember me, String address, String action, boolean publisherOnly,
                        UnaryOperator<Article> transition) {
        Article before = find(id);
        if (publisherOnly) {
            StoryRules.requirePublisher(me, before);
        } else {
            StoryRules.requireEditable(me, before);
        }
        write(transition.apply(before), before);
        audit.record(me.id(), me.email(), action, "article:" + id, before.headline(), address);
        return find(id);
    }

    private Article beforeSave(long id, int baseVersion, Content content, StaffMember me) {
        Article before = find(id);
        StoryRules.requireEditable(me, before);
        StoryRules.requireCategory(me, content.categoryId(), before);
        if (before.version() != baseVersion) {
            throw new StaleVersionException(before);
        }
        return before;
    }

    private void write(Article changed, Article before) {
        if (!stories.update(changed)) {
            throw new StaleVersionException(stories.find(before.id()).orElseThrow());
        }
    }
}
