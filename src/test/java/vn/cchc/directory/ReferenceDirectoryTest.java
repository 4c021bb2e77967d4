package vn.cchc.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReferenceDirectoryTest {

    private static final ReferenceDirectory DIRECTORY = new ReferenceDirectory();
    private static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
    private static final LocalDate MERGED_DEPARTMENTS = LocalDate.of(2025, 3, 1);

    @Test
    void communesAndWardsOfTheTwoTierGovernment() {
        List<DirectoryEntry> local = valid(TWO_TIER, e -> e.unit().kind() == UnitKind.COMMUNE || e.unit().kind() == UnitKind.WARD);
        assertThat(local).hasSize(130);
        assertThat(local).filteredOn(e -> e.unit().kind() == UnitKind.COMMUNE).hasSize(119);
        assertThat(local).filteredOn(e -> e.unit().kind() == UnitKind.WARD).hasSize(11);
        assertThat(local).allSatisfy(e -> {
            assertThat(e.parentCode()).isEqualTo("UBND_TINH");
            assertThat(e.validFrom()).isEqualTo(TWO_TIER);
            assertThat(e.unit().code()).matches(e.unit().kind() == UnitKind.WARD ? "P_[A-Z0-9_]+" : "X_[A-Z0-9_]+");
        });
        assertThat(entry("P_VINH_HUNG").unit().name()).isEqualTo("Phường Vinh Hưng");
        assertThat(entry("X_ANH_SON").unit().name()).isEqualTo("Xã Anh Sơn");
    }

    @Test
    void formerDistrictLevelUnits() {
        List<DirectoryEntry> districts = DIRECTORY.all().stream()
                .filter(e -> e.unit().kind() == UnitKind.FORMER_DISTRICT).toList();
        assertThat(districts).hasSize(21);
        assertThat(valid(LocalDate.of(2024, 6, 1), e -> e.unit().kind() == UnitKind.FORMER_DISTRICT)).hasSize(21);
        assertThat(valid(LocalDate.of(2024, 12, 1), e -> e.unit().kind() == UnitKind.FORMER_DISTRICT)).hasSize(20);
        assertThat(valid(TWO_TIER, e -> e.unit().kind() == UnitKind.FORMER_DISTRICT)).isEmpty();

        DirectoryEntry cuaLo = entry("H_CUA_LO");
        assertThat(cuaLo.validTo()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(cuaLo.successorCodes()).containsExactly("H_VINH");
        assertThat(entry("H_VINH").successorCodes())
                .containsExactlyInAnyOrder("P_TRUONG_VINH", "P_THANH_VINH", "P_VINH_HUNG", "P_VINH_PHU", "P_VINH_LOC", "P_CUA_LO");
        // every commune of the reform came from one of the districts
        Set<String> inherited = new HashSet<>();
        districts.forEach(d -> inherited.addAll(d.successorCodes()));
        assertThat(inherited).containsAll(valid(TWO_TIER, e -> e.unit().kind() == UnitKind.COMMUNE
                || e.unit().kind() == UnitKind.WARD).stream().map(e -> e.unit().code()).toList());
    }

    @Test
    void fourteenSpecialisedAgenciesFromMarch2025() {
        // Văn phòng UBND tỉnh is one of the 14 but has its own kind (COMMITTEE_OFFICE)
        List<DirectoryEntry> agencies = valid(MERGED_DEPARTMENTS,
                e -> e.unit().kind() == UnitKind.DEPARTMENT || e.unit().kind() == UnitKind.COMMITTEE_OFFICE);
        assertThat(agencies).extracting(e -> e.unit().code()).containsExactlyInAnyOrder(
                "SO_NOI_VU", "SO_TU_PHAP", "SO_TAI_CHINH", "SO_CONG_THUONG", "SO_NN_MT", "SO_XAY_DUNG", "SO_KHCN",
                "SO_VHTTDL", "SO_GDDT", "SO_Y_TE", "THANH_TRA_TINH", "VP_UBND", "SO_NGOAI_VU", "SO_DTTG");
        assertThat(valid(LocalDate.of(2025, 2, 28), e -> e.unit().kind() == UnitKind.DEPARTMENT))
                .extracting(e -> e.unit().code()).contains("SO_KHDT", "SO_TTTT", "BAN_DAN_TOC").doesNotContain("SO_NN_MT");
    }

    @Test
    void mergedDepartmentsPointToTheirSuccessors() {
        assertSuccessors("SO_KHDT", "SO_TAI_CHINH");
        assertSuccessors("SO_TTTT", "SO_KHCN", "SO_VHTTDL");
        assertSuccessors("SO_TNMT", "SO_NN_MT");
        assertSuccessors("SO_NN_PTNT", "SO_NN_MT");
        assertSuccessors("SO_GTVT", "SO_XAY_DUNG");
        assertSuccessors("SO_LDTBXH", "SO_NOI_VU");
        assertSuccessors("SO_VHTT", "SO_VHTTDL");
        assertSuccessors("SO_DU_LICH", "SO_VHTTDL");
        assertSuccessors("BAN_DAN_TOC", "SO_DTTG");
        for (String code : List.of("SO_KHDT", "SO_TTTT", "SO_TNMT", "SO_NN_PTNT", "SO_GTVT", "SO_LDTBXH", "SO_VHTT",
                "SO_DU_LICH", "BAN_DAN_TOC")) {
            assertThat(entry(code).validTo()).as(code).isEqualTo(LocalDate.of(2025, 2, 28));
        }
        assertThat(entry("SO_NOI_VU").validFrom()).isNull();
        assertThat(entry("SO_NOI_VU").validTo()).isNull();
    }

    @Test
    void provincialMediaMergedIntoOneBody() {
        assertSuccessors("BAO_NGHE_AN", "BAO_PTTH");
        assertSuccessors("DAI_PTTH", "BAO_PTTH");
        assertThat(entry("BAO_PTTH").aliases()).contains("Báo và PTTH tỉnh");
        assertThat(entry("CONG_AN_TINH").unit().kind()).isEqualTo(UnitKind.POLICE);
        assertThat(entry("VCCI").unit().kind()).isEqualTo(UnitKind.OTHER);
    }

    @Test
    void subUnitsNamedInTheSeedsHangUnderTheirUnit() {
        assertThat(entry("PHONG_CCHC_VTLT").parentCode()).isEqualTo("SO_NOI_VU");
        assertThat(entry("VP_SO_KHCN").parentCode()).isEqualTo("SO_KHCN");
        assertThat(entry("TT_TT_KHCN_TH").parentCode()).isEqualTo("SO_KHCN");
        assertThat(entry("X_HUNG_TAY_VP_TK").parentCode()).isEqualTo("X_HUNG_TAY");
        assertThat(entry("X_HUNG_TAY_VH_XH").parentCode()).isEqualTo("X_HUNG_TAY");
        assertThat(entry("X_HUNG_TAY").validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void codesAreUniqueAndEveryUnitHasAShortName() {
        List<String> codes = DIRECTORY.all().stream().map(e -> e.unit().code()).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z][A-Z0-9_]*"));
        assertThat(DIRECTORY.all()).allSatisfy(e -> assertThat(e.unit().shortName()).isNotBlank());
        assertThat(DIRECTORY.all()).allSatisfy(e -> {
            if (e.parentCode() != null) {
                assertThat(DIRECTORY.byCode(e.parentCode())).as(e.unit().code()).isPresent();
            }
        });
        assertThat(DIRECTORY.version()).isEqualTo(DIRECTORY.version());
    }

    @Test
    void invalidFilesAreRejectedWithEveryProblemAndItsLine() {
        String header = String.join("\t", ReferenceDirectory.COLUMNS);
        List<String> lines = List.of(
                header,
                "A\tUnit A\tA\tDEPARTMENT\tNOPE\t\t\t\t",
                "A\tUnit A again\tA\tDEPARTMENT\t\t\t2025-02-28\tMISSING\t",
                "B\tUnit B\tB\tSPACESHIP\t\t\t\t\t",
                "C\tUnit C\tC\tOTHER\t\t2025-13-01\t\t\t");
        assertThatThrownBy(() -> new ReferenceDirectory(lines, "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2 (A): unknown parent_code NOPE")
                .hasMessageContaining("line 3: duplicate code A")
                .hasMessageContaining("unknown successor code MISSING")
                .hasMessageContaining("line 4 (B): unknown kind 'SPACESHIP'")
                .hasMessageContaining("valid_from '2025-13-01' is not yyyy-MM-dd");
    }

    private static void assertSuccessors(String code, String... successors) {
        assertThat(entry(code).successorCodes()).as(code).containsExactly(successors);
    }

    private static DirectoryEntry entry(String code) {
        return DIRECTORY.byCode(code).orElseThrow(() -> new AssertionError("no unit " + code));
    }

    private static List<DirectoryEntry> valid(LocalDate day, Predicate<DirectoryEntry> filter) {
        return DIRECTORY.validOn(day).stream().filter(filter).toList();
    }
}
