package vn.cchc.page;

import java.util.List;

/** The rows of one page and whether another follows (read as one row beyond the page, not by counting). */
public record Page<T>(List<T> items, PageRequest request, boolean hasNext) {

    /** From rows read with {@link PageRequest#limitPlusOne()}: the extra row only says that a next page exists. */
    public static <T> Page<T> of(List<T> rows, PageRequest request) {
        boolean more = rows.size() > request.size();
        return new Page<>(more ? List.copyOf(rows.subList(0, request.size())) : List.copyOf(rows), request, more);
    }

    /**
     * One page of a list already in memory (a cached computed model): only the page's rows are rendered, however long
     * the list; a page past its end is empty.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return of(all.subList(from, Math.min(from + request.limitPlusOne(), all.size())), request);
    }

    public int number() {
        return request.page();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    /** The next page's number, or 0 when there is none or it would be beyond the last one allowed. */
    public int nextNumber() {
        return hasNext && request.page() < PageRequest.MAX_PAGE ? request.page() + 1 : 0;
    }
}
