package tr.manset.staff;

import java.util.Set;

/**
 * A person who works in the newsroom, as the rest of the application sees them (no password).
 *
 * @param categoryIds the categories an Editör publishes in; empty for other roles
 */
public record StaffMember(long id, String email, String name, Role role, Set<Long> categoryIds, boolean disabled) {

    public StaffMember {
        categoryIds = Set.copyOf(categoryIds);
    }

    public boolean canPublishIn(long categoryId) {
        return role.publishesEverywhere() || (role == Role.EDITOR && categoryIds.contains(categoryId));
    }
}
