package vn.cchc.plan.parse;

import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.ResolvedAgency;

import java.time.LocalDate;
import java.util.List;

/** Resolution is tested in the directory module: here every phrase stays unresolved, as written. */
final class UnresolvedAgencies implements AgencyResolver {

    @Override
    public List<ResolvedAgency> resolve(String phrase, LocalDate onDate) {
        return List.of(ResolvedAgency.unresolved(phrase));
    }
}
