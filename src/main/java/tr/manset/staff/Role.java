package tr.manset.staff;

/**
 * What a staff member may do. The full matrix is in docs/permissions.md; these methods are the
 * only place the code decides it.
 */
public enum Role {
    ADMIN("Yönetici"),
    EDITOR_IN_CHIEF("Yayın Yönetmeni"),
    EDITOR("Editör"),
    REPORTER("Muhabir"),
    MODERATOR("Moderatör");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Write and edit stories at all (their own drafts at least). */
    public boolean writesStories() {
        return this != MODERATOR;
    }

    /** Publish, schedule, unpublish and update any story in any category. */
    public boolean publishesEverywhere() {
        return this == ADMIN || this == EDITOR_IN_CHIEF;
    }

    /** Publish in some categories: everywhere, or (an Editör) in the categories assigned. */
    public boolean publishes() {
        return publishesEverywhere() || this == EDITOR;
    }

    public boolean managesStaff() {
        return this == ADMIN;
    }

    /** Categories, tags and authors. */
    public boolean managesTaxonomy() {
        return this == ADMIN || this == EDITOR_IN_CHIEF;
    }

    /** The imprint (Künye), contact details and the legal and editorial pages readers see. */
    public boolean managesSitePages() {
        return this == ADMIN;
    }

    public boolean readsAuditLog() {
        return this == ADMIN;
    }

    public boolean moderatesComments() {
        return this == ADMIN || this == EDITOR_IN_CHIEF || this == MODERATOR;
    }

    /** Readers' KVKK requests (a copy of their data, erasure, withdrawn consent) and their deadlines. */
    public boolean handlesPersonalDataRequests() {
        return this == ADMIN;
    }

    /** The site's moderation mode, automatic closing and thresholds. */
    public boolean managesCommentSettings() {
        return this == ADMIN || this == EDITOR_IN_CHIEF;
    }

    String authority() {
        return "ROLE_" + name();
    }
}
