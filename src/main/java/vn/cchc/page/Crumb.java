package vn.cchc.page;

/** One step of the breadcrumb trail the layout shows (it reads label and href); the last is the page itself. */
public record Crumb(String label, String href) {
}
