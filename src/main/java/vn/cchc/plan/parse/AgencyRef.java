package vn.cchc.plan.parse;

/** One agency named in a cell: the words as written and the directory code when it resolved to one unit. */
public record AgencyRef(String name, String unitCode) {
}
