package vn.cchc.plan;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.directory.AgencyGroup;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.Directory;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.directory.UnitRef;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Groups named in tasks ("Các sở, ban, ngành", "UBND các xã, phường"). The parser keeps only the words of an
 * agency; reading the words again through the directory's resolver tells whether they name a group and which
 * units belong to it on the plan's date.
 */
@Component
class AgencyGroups {

    private final ObjectProvider<AgencyResolver> resolver;
    private final Directory directory;
    private final Clock clock;

    AgencyGroups(ObjectProvider<AgencyResolver> resolver, Directory directory, Clock clock) {
        this.clock = clock;
        this.resolver = resolver;
        this.directory = directory;
    }

    /** The group the words stand for, when the resolver reads them as exactly one group. */
    Optional<AgencyGroup> groupOf(String name, LocalDate onDate) {
        return single(name, onDate).map(ResolvedAgency::group);
    }

    /** The units of a non-concerned group on the date, as the resolver lists them; none for a concerned group. */
    List<Long> members(String name, AgencyGroup group, LocalDate onDate) {
        if (group == null || group.concerned()) {
            return List.of();
        }
        return single(name, onDate).filter(r -> r.group() == group)
                .map(r -> r.members().stream().map(UnitRef::id).toList()).orElse(List.of());
    }

    /** Units the standing agency may pick for a concerned group: today's units of its kinds (any unit when it has none). */
    List<UnitRef> candidates(AgencyGroup group) {
        List<UnitRef> current = directory.current();
        if (group == null || group.kinds().isEmpty()) {
            return current;
        }
        return current.stream().filter(u -> group.kinds().contains(u.kind())).toList();
    }

    /** The unit the words name, when they name exactly one unit (an issuer such as "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"). */
    Optional<UnitRef> unitOf(String name, LocalDate onDate) {
        return single(name, onDate).map(ResolvedAgency::unit);
    }

    private Optional<ResolvedAgency> single(String name, LocalDate onDate) {
        AgencyResolver r = resolver.getIfAvailable();
        if (r == null || name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            List<ResolvedAgency> found = r.resolve(name, onDate == null ? LocalDate.now(clock) : onDate);
            return found.size() == 1 && found.get(0).resolved() ? Optional.of(found.get(0)) : Optional.empty();
        } catch (RuntimeException e) {
            // A phrase the resolver cannot read stays a name, as the parser keeps it.
            return Optional.empty();
        }
    }
}
