package vn.cchc.inspection;

import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.Unit;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The unit pickers of the inspection plan, inspection record and meeting forms: a province has some 2,100 units, so a
 * form lists none of them; the officer types part of a name and picks among the directory's search hits, and a form
 * shown again keeps the units already picked.
 */
@Component
class UnitPicks {

    /** At most this many hits under a picker; more asks the officer to type more. */
    static final int HITS = 20;
    static final int MIN_TYPED = 2;

    /** The form fields that hold a picked unit's code: the record's unit, a recommendation's, a conclusion's, a target's. */
    private static final Pattern FIELD = Pattern.compile("unitCode|(recUnit|conUnit|targetUnit)\\d{1,2}");

    private final Directory directory;

    UnitPicks(Directory directory) {
        this.directory = directory;
    }

    static boolean isField(String name) {
        return name != null && FIELD.matcher(name).matches();
    }

    /** The units of today matching the typed words (folded, as the unit list searches), one page of {@link #HITS}. */
    Page<Unit> matching(String typed) {
        return directory.search(new UnitQuery(typed, null, null, false), PageRequest.of(1, HITS));
    }

    /** The units already picked in a form shown again, by field; a code the directory does not know is left out. */
    Map<String, UnitRef> chosen(Map<String, String> typed) {
        Map<String, UnitRef> chosen = new LinkedHashMap<>();
        typed.forEach((field, code) -> {
            if (isField(field) && code != null && !code.isBlank()) {
                directory.findByCode(code.strip()).ifPresent(unit -> chosen.put(field, unit));
            }
        });
        return chosen;
    }
}
