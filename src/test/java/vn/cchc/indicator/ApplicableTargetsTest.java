package vn.cchc.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The heatmap looks each cell's target up in an index built once; it finds what the scan over all targets finds. */
class ApplicableTargetsTest extends CchcIntegrationTest {

    @Autowired
    Catalogue catalogue;

    @Autowired
    Directory directory;

    @Test
    void theIndexFindsTheTargetTheScanFindsForEveryUnitIndicatorAndYear() {
        List<Target> targets = catalogue.targets();
        List<UnitRef> units = new ArrayList<>(directory.search(UnitQuery.all()).stream().map(u -> u.ref()).toList());
        units.add(null);
        int found = 0;
        for (int year = 2023; year <= 2027; year++) {
            ApplicableTargets index = new ApplicableTargets(targets, year);
            for (Indicator i : catalogue.all()) {
                for (UnitRef u : units) {
                    var scanned = Catalogue.applicable(targets, i.id(), year, u);
                    assertThat(index.of(i.id(), u)).as("%s %s %s", i.code(), u, year).isEqualTo(scanned);
                    found += scanned.isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(found).as("the demo has targets to find").isPositive();
    }
}
