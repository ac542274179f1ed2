package tr.manset.article;

import org.springframework.security.access.AccessDeniedException;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/** Who may do what to a story (docs/permissions.md). Refusals are 403s that change nothing. */
final class StoryRules {

    private StoryRules() {}

    static void requireWriter(StaffMember me) {
        if (!me.role().writesStories()) {
            throw new AccessDeniedException(me.role() + " does not write stories");
        }
    }

    /** Editing content: publishers of its category, and the writer of a story still in draft. */
    static void requireEditable(StaffMember me, Article story) {
        requireWriter(me);
        boolean own = story.createdBy() != null && story.createdBy() == me.id();
        boolean allowed = me.canPublishIn(story.categoryId())
            || (own && (me.role() != Role.REPORTER || story.status() == Status.DRAFT));
        if (!allowed) {
            throw new AccessDeniedException(me.email() + " may not edit story " + story.id());
        }
    }

    static boolean editable(StaffMember me, Article story) {
        try {
            requireEditable(me, story);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Deleting a story readers never saw: publishers of its category, and the writer of a story
     * still in draft. Whether the story was ever published is the story's own rule (NewsDesk#delete).
     */
    static void requireDeletable(StaffMember me, Article story) {
        requireWriter(me);
        boolean own = story.createdBy() != null && story.createdBy() == me.id();
        if (!me.canPublishIn(story.categoryId()) && !(own && story.status() == Status.DRAFT)) {
            throw new AccessDeniedException(me.email() + " may not delete story " + story.id());
        }
    }

    static boolean deletable(StaffMember me, Article story) {
        try {
            requireDeletable(me, story);
            return !story.everPublished();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Looking at a story in the newsroom (editor page read-only, preview): those who may edit it, and its writer. */
    static void requireViewable(StaffMember me, Article story) {
        requireWriter(me);
        boolean own = story.createdBy() != null && story.createdBy() == me.id();
        if (!own && !editable(me, story)) {
            throw new AccessDeniedException(me.email() + " may not see story " + story.id());
        }
    }

    /** An Editör may not move a story into a category that is not theirs. */
    static void requireCategory(StaffMember me, long categoryId, Article before) {
        if (me.role() == Role.EDITOR && !me.canPublishIn(categoryId)
                && (before == null || before.categoryId() != categoryId)) {
            throw new AccessDeniedException(me.email() + " may not file stories in category " + categoryId);
        }
    }

    /** Publishing, scheduling, unpublishing, marking updates, sending back. */
    static void requirePublisher(StaffMember me, Article story) {
        if (!me.canPublishIn(story.categoryId())) {
            throw new AccessDeniedException(me.email() + " may not publish in category " + story.categoryId());
        }
    }
}
