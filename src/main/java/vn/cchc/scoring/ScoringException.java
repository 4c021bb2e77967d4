package vn.cchc.scoring;

import java.util.List;

/** A request the scoring rules refuse. The message is a key of messages/scoring.properties with its arguments. */
class ScoringException extends RuntimeException {

    private final transient Object[] args;
    private final boolean conflict;
    private final boolean forbidden;
    private final List<String> details;

    ScoringException(String key, Object... args) {
        this(false, false, key, args);
    }

    private ScoringException(boolean conflict, boolean forbidden, String key, Object... args) {
        super(key);
        this.args = args;
        this.conflict = conflict;
        this.forbidden = forbidden;
        this.details = List.of();
    }

    ScoringException(String key, List<String> details) {
        this(key, details, details.size());
    }

    /** When only the first of many problems are listed, the message still counts them all. */
    ScoringException(String key, List<String> listed, int count) {
        super(key);
        this.args = new Object[]{count};
        this.conflict = false;
        this.forbidden = false;
        this.details = List.copyOf(listed);
    }

    /** The state forbids it (locked, past the deadline): 409 in the API. */
    static ScoringException locked(String key, Object... args) {
        return new ScoringException(true, false, key, args);
    }

    /** The user may not do this here, and the message says why (nobody appraises their own unit): 403 in the API. */
    static ScoringException forbidden(String key, Object... args) {
        return new ScoringException(false, true, key, args);
    }

    boolean forbidden() {
        return forbidden;
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args;
    }

    boolean conflict() {
        return conflict;
    }

    List<String> details() {
        return details;
    }
}
