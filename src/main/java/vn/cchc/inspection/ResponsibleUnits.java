package vn.cchc.inspection;

import org.springframework.stereotype.Component;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.Directory;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.directory.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The units a recommendation or a conclusion names: picked from the directory (a code) or typed (a name, read as the
 * plan reader reads agency names). A typed phrase that names no unit of the directory on the day, or only a group,
 * is a problem for the officer to fix, never a guess.
 */
@Component
class ResponsibleUnits {

    private final Directory directory;
    private final AgencyResolver resolver;

    ResponsibleUnits(Directory directory, AgencyResolver resolver) {
        this.directory = directory;
        this.resolver = resolver;
    }

    /** The units named by codes and by the typed phrase; problems are added under {@code where}. */
    List<UnitRef> resolve(List<String> codes, String typed, LocalDate on, String where, List<String> problems) {
        List<UnitRef> units = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            directory.findByCode(code.strip()).ifPresentOrElse(u -> add(units, u),
                    () -> problems.add(where + ": không có đơn vị mã \"" + code.strip() + "\" trong danh mục."));
        }
        if (typed != null && !typed.isBlank()) {
            for (ResolvedAgency a : resolver.resolve(typed, on)) {
                if (a.unit() != null) {
                    add(units, a.unit());
                } else if (a.group() != null) {
                    problems.add(where + ": \"" + a.text() + "\" là một nhóm đơn vị, hãy chọn từng đơn vị.");
                } else {
                    problems.add(where + ": không tìm thấy đơn vị \"" + a.text() + "\" trong danh mục.");
                }
            }
        }
        if (units.isEmpty() && problems.stream().noneMatch(p -> p.startsWith(where + ":"))) {
            problems.add(where + ": chưa có đơn vị chịu trách nhiệm.");
        }
        return units;
    }

    UnitRef unit(String code, String where, List<String> problems) {
        if (code == null || code.isBlank()) {
            problems.add(where + ": chưa chọn đơn vị.");
            return null;
        }
        return directory.findByCode(code.strip()).orElseGet(() -> {
            problems.add(where + ": không có đơn vị mã \"" + code.strip() + "\" trong danh mục.");
            return null;
        });
    }

    private static void add(List<UnitRef> units, UnitRef u) {
        if (units.stream().noneMatch(x -> x.id() == u.id())) {
            units.add(u);
        }
    }
}
