package vn.cchc.page;

/**
 * One page of a list, numbered from 1. The size is capped at {@link #MAX_SIZE} (a page of a million rows is served as a
 * page of {@value #MAX_SIZE}); a page number outside 1..{@value #MAX_PAGE} is refused ({@link PageOutOfRange}), so the
 * deepest offset the database ever skips is bounded. Nobody reads past a few thousand rows of a list: they filter.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 200;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new PageOutOfRange(page);
        }
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    /** From request parameters: either may be missing (page 1, {@value #DEFAULT_SIZE} rows). */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** Rows to skip: at most ({@value #MAX_PAGE} - 1) × {@value #MAX_SIZE}. */
    public int offset() {
        return (page - 1) * size;
    }

    /** One row more than the page, to know whether a next page exists without counting the whole list. */
    public int limitPlusOne() {
        return size + 1;
    }

    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }
}
