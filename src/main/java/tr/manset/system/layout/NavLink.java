package tr.manset.system.layout;

/** A link in the masthead's section bar, the footer or a breadcrumb trail. */
public record NavLink(String label, String href) {}
