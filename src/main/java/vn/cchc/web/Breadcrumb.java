package vn.cchc.web;

import java.util.List;

/** One step of the breadcrumb trail; the last one is the current page and is not a link. */
public record Breadcrumb(String label, String href) {

    public static List<Breadcrumb> trail(Breadcrumb... crumbs) {
        return List.of(crumbs);
    }
}
