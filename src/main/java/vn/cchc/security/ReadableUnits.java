package vn.cchc.security;

import java.util.List;

/**
 * The units whose unsubmitted or unpublished work a reader may see, for a query ({@code ? or x.unit_id = any(?)}): every unit for the
 * standing agency and the administrator, otherwise the reader's own unit and the units they follow as a leader.
 */
public record ReadableUnits(boolean all, List<Long> ids) {

    public ReadableUnits {
        ids = List.copyOf(ids);
    }
}
