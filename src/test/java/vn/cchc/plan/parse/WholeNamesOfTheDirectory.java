package vn.cchc.plan.parse;

import vn.cchc.directory.AgencyNameResolver;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.ReferenceDirectory;
import vn.cchc.directory.ResolvedAgency;

import java.time.LocalDate;
import java.util.List;

/**
 * The province's reference directory, answering only for a phrase it reads as one whole unit; any other phrase
 * stays unresolved as written (how the directory cuts lists is tested in the directory module), so the parser's
 * own cutting is what the seed expectations see.
 */
final class WholeNamesOfTheDirectory implements AgencyResolver {

    private static final AgencyResolver DIRECTORY = new AgencyNameResolver(new ReferenceDirectory());

    @Override
    public List<ResolvedAgency> resolve(String phrase, LocalDate onDate) {
        List<ResolvedAgency> resolved = DIRECTORY.resolve(phrase, onDate);
        if (resolved.size() == 1 && resolved.get(0).unit() != null) {
            return List.of(new ResolvedAgency(phrase, resolved.get(0).unit(), null, List.of()));
        }
        return List.of(ResolvedAgency.unresolved(phrase));
    }
}
