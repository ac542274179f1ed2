package tr.manset.system.layout;

/** A link in the masthead's section bar or the footer. */
public record NavLink(String label, String href) {}
