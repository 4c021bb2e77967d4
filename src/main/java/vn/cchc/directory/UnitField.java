package vn.cchc.directory;

/**
 * The columns of the unit sheet, in the order the template and the export write them. The label
 * (message key unit.field.*) is the header a user sees and the name an error message quotes.
 */
enum UnitField {
    CODE(true),
    NAME(true),
    KIND(true),
    PARENT(false),
    VALID_FROM(false),
    VALID_TO(false),
    SUCCESSORS(false),
    SHORT_NAME(false),
    ALIASES(false);

    private final boolean required;

    UnitField(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }

    String messageKey() {
        return "unit.field." + switch (this) {
            case CODE -> "code";
            case NAME -> "name";
            case KIND -> "kind";
            case PARENT -> "parent";
            case VALID_FROM -> "validFrom";
            case VALID_TO -> "validTo";
            case SUCCESSORS -> "successors";
            case SHORT_NAME -> "shortName";
            case ALIASES -> "aliases";
        };
    }

    /** The English name a technical user may put in the header instead of the Vietnamese label. */
    String technicalName() {
        return switch (this) {
            case CODE -> "code";
            case NAME -> "name";
            case KIND -> "kind";
            case PARENT -> "parent_code";
            case VALID_FROM -> "valid_from";
            case VALID_TO -> "valid_to";
            case SUCCESSORS -> "successor_codes";
            case SHORT_NAME -> "short_name";
            case ALIASES -> "aliases";
        };
    }
}
