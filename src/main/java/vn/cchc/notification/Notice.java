package vn.cchc.notification;

import java.util.List;

/**
 * What to tell: the thing (its kind and id, which with the reason make the notice unique per user), the page it
 * links to (a path of this application) and the arguments of the reason's Vietnamese text, already formatted
 * (numbers and dates the Vietnamese way: a year stays "2025", not "2.025").
 */
public record Notice(String thingType, String thingId, Reason reason, String link, List<String> args) {

    public Notice {
        // a path of this application only: "//host" would make the inbox's redirect leave the site
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a notice links to a page of the application: " + link);
        }
        args = List.copyOf(args);
    }
}
