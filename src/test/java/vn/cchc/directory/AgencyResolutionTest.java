package vn.cchc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agency phrases as the seeds write them. The table test measures how many of the seeds' lead and
 * coordinating phrases resolve exactly as expected; the focused tests pin the rules one by one.
 */
class AgencyResolutionTest {

    private static final ReferenceDirectory DIRECTORY = new ReferenceDirectory();
    private static final AgencyNameResolver RESOLVER = new AgencyNameResolver(DIRECTORY);
    private static final LocalDate PLAN_2024 = LocalDate.of(2024, 1, 25);
    private static final LocalDate PLAN_2025 = LocalDate.of(2025, 7, 15);

    record PhraseRow(String seed, LocalDate date, String where, String phrase, List<String> expected) {
        @Override
        public String toString() {
            return seed + " " + where + ": " + phrase.replace("\n", "⏎");
        }
    }

    static List<PhraseRow> table() throws IOException {
        List<PhraseRow> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AgencyResolutionTest.class.getClassLoader().getResourceAsStream("directory/agency-phrases.tsv")),
                StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new PhraseRow(c[0], LocalDate.parse(c[1]), c[2], c[3].replace("\\n", "\n"),
                        List.of(c[4].split(";"))));
            }
        }
        return rows;
    }

    static Stream<Arguments> rows() throws IOException {
        return table().stream().map(Arguments::of);
    }

    /** What a result is, in the table's words: a unit code, a group name, or UNRESOLVED. */
    static List<String> labels(List<ResolvedAgency> result) {
        return result.stream()
                .map(r -> r.unit() != null ? r.unit().code() : r.group() != null ? r.group().name() : "UNRESOLVED")
                .toList();
    }

    @Test
    void seedPhrasesResolveAsExpectedInAtLeast95Percent() throws IOException {
        List<PhraseRow> rows = table();
        List<String> failures = new ArrayList<>();
        for (PhraseRow row : rows) {
            List<String> actual = labels(RESOLVER.resolve(row.phrase(), row.date()));
            if (!actual.equals(row.expected())) {
                failures.add(row + "\n    expected " + row.expected() + "\n    actual   " + actual);
            }
        }
        double rate = 1.0 - (double) failures.size() / rows.size();
        System.out.printf("Agency phrases resolved as expected: %d/%d (%.1f %%)%n",
                rows.size() - failures.size(), rows.size(), rate * 100);
        failures.forEach(f -> System.out.println("  MISMATCH " + f));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
        assertThat(rate).as("share of seed phrases resolved exactly as expected").isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void noTextIsDropped(PhraseRow row) {
        List<ResolvedAgency> result = RESOLVER.resolve(row.phrase(), row.date());
        String rest = row.phrase();
        for (ResolvedAgency r : result) {
            int at = rest.indexOf(r.text());
            assertThat(at).as("'%s' is a verbatim part of the phrase, in order", r.text()).isGreaterThanOrEqualTo(0);
            rest = rest.substring(0, at) + " " + rest.substring(at + r.text().length());
        }
        // what is left may only be separators: punctuation, dashes, line breaks and the joiner "và"
        assertThat(rest.replaceAll("(?i)\\bvà\\b", " ").replaceAll("[\\s\\p{P}]+", ""))
                .as("text left out of every item").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Thông tin-Truyền thông", "Sở Thông tin - Truyền thông", "Sở Thông tin Truyền thông",
            "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT", "Sở TT-TT", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "So Thong tin va Truyen thong"})
    void everySpellingOfTheInformationDepartmentIsOneUnit(String phrase) {
        assertThat(labels(RESOLVER.resolve(phrase, PLAN_2024))).containsExactly("SO_TTTT");
    }

    @Test
    void inputWithoutDiacriticsResolves() {
        assertThat(labels(RESOLVER.resolve("So Noi vu", PLAN_2024))).containsExactly("SO_NOI_VU");
        assertThat(labels(RESOLVER.resolve("Van phong UBND tinh", PLAN_2024))).containsExactly("VP_UBND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tỉnh ủy", "Tỉnh uỷ", "TỈNH ỦY", "Tinh uy"})
    void bothToneMarkPlacementsAndCaseAreTheSame(String phrase) {
        assertThat(labels(RESOLVER.resolve(phrase, PLAN_2024))).containsExactly("TINH_UY");
        String decomposed = Normalizer.normalize(phrase, Normalizer.Form.NFD);
        assertThat(labels(RESOLVER.resolve(decomposed, PLAN_2024))).containsExactly("TINH_UY");
    }

    @Test
    void abbreviationsExpand() {
        assertThat(labels(RESOLVER.resolve("Sở KH&ĐT, Sở KH&CN, Sở TN&MT, Sở GD&ĐT", PLAN_2024)))
                .containsExactly("SO_KHDT", "SO_KHCN", "SO_TNMT", "SO_GDDT");
        assertThat(labels(RESOLVER.resolve("Sở NN&PTNT; Sở LĐTB&XH; Sở VHTT&DL", PLAN_2025)))
                .containsExactly("SO_NN_PTNT", "SO_LDTBXH", "SO_VHTTDL");
        assertThat(labels(RESOLVER.resolve("Báo và PTTH tỉnh", PLAN_2025))).containsExactly("BAO_PTTH");
        assertThat(labels(RESOLVER.resolve("MTTQ tỉnh", PLAN_2024))).containsExactly("MTTQ_TINH");
        assertThat(labels(RESOLVER.resolve("Văn phòng Đoàn ĐBQH và HĐND tỉnh", PLAN_2024))).containsExactly("VP_DDBQH_HDND");
        assertThat(labels(RESOLVER.resolve("BCĐ CCHC tỉnh", PLAN_2024))).containsExactly("BCD_CCHC");
        assertThat(labels(RESOLVER.resolve("các thành viên TGV Đề án 06", PLAN_2024))).containsExactly("TASK_FORCE_MEMBERS");
    }

    @Test
    void listsSplitAtEverySeparatorButNamesHoldTogether() {
        assertThat(labels(RESOLVER.resolve("Sở Nội vụ; Sở Tư pháp", PLAN_2024))).containsExactly("SO_NOI_VU", "SO_TU_PHAP");
        assertThat(labels(RESOLVER.resolve("Sở Nội vụ, Sở Tư pháp", PLAN_2024))).containsExactly("SO_NOI_VU", "SO_TU_PHAP");
        assertThat(labels(RESOLVER.resolve("Sở Nội vụ và Sở Tư pháp", PLAN_2024))).containsExactly("SO_NOI_VU", "SO_TU_PHAP");
        assertThat(labels(RESOLVER.resolve("- Sở Nội vụ - Sở Tư pháp", PLAN_2024))).containsExactly("SO_NOI_VU", "SO_TU_PHAP");
        assertThat(labels(RESOLVER.resolve("Sở Nội vụ\nSở Tư pháp", PLAN_2024))).containsExactly("SO_NOI_VU", "SO_TU_PHAP");
        assertThat(labels(RESOLVER.resolve("Sở Văn hóa, Thể thao và Du lịch, Sở Tài nguyên và Môi trường", PLAN_2024)))
                .containsExactly("SO_VHTTDL", "SO_TNMT");
        assertThat(labels(RESOLVER.resolve("Trung tâm xúc tiến Đầu tư, TM, DL", PLAN_2024))).containsExactly("TT_XTDT");
        assertThat(labels(RESOLVER.resolve("Đài Phát thanh - \nTruyền hình Nghệ An, \nBáo Nghệ An.", PLAN_2024)))
                .containsExactly("DAI_PTTH", "BAO_NGHE_AN");
    }

    @Test
    void eachItemKeepsItsTextAsWritten() {
        List<ResolvedAgency> result = RESOLVER.resolve("Sở Nội vụ và các ngành có liên quan", PLAN_2024);
        assertThat(result).extracting(ResolvedAgency::text).containsExactly("Sở Nội vụ", "các ngành có liên quan");
        assertThat(result.get(1).group()).isEqualTo(AgencyGroup.CONCERNED_DEPARTMENTS);
        assertThat(result.get(1).members()).isEmpty();
    }

    @Test
    void everyGroupPhraseOfTheDocuments() {
        assertGroup("Các sở, ban, ngành (cấp tỉnh)", AgencyGroup.DEPARTMENTS);
        assertGroup("các sở, ban, ngành cấp tỉnh", AgencyGroup.DEPARTMENTS);
        assertGroup("UBND các huyện, thành phố, thị xã", AgencyGroup.DISTRICTS);
        assertGroup("các huyện, thành, thị", AgencyGroup.DISTRICTS);
        assertGroup("UBND cấp huyện", AgencyGroup.DISTRICTS);
        assertGroup("UBND cấp xã", AgencyGroup.COMMUNES);
        assertGroup("các cơ quan, đơn vị liên quan", AgencyGroup.CONCERNED_UNITS);
        assertGroup("các ngành có liên quan", AgencyGroup.CONCERNED_DEPARTMENTS);
        assertGroup("Các sở, ngành có liên quan", AgencyGroup.CONCERNED_DEPARTMENTS);
        assertGroup("Sở, ngành và UBND các huyện có liên quan", AgencyGroup.CONCERNED_UNITS);
        assertGroup("các thành viên Tổ giúp việc Đề án 06", AgencyGroup.TASK_FORCE_MEMBERS);
        assertGroup("Các ban Đảng của Tỉnh ủy", AgencyGroup.PARTY_BODIES);
        assertGroup("các tổ chức chính trị - xã hội cấp tỉnh", AgencyGroup.MASS_ORGANISATIONS);
        assertGroup("Các sở, ban, ngành, huyện, thành, thị", AgencyGroup.DEPARTMENTS_AND_DISTRICTS);
        assertGroup("Chủ tịch UBND các xã, phường", AgencyGroup.COMMUNES);
        assertThat(labels(RESOLVER.resolve("UBND cấp huyện / cấp xã", PLAN_2024))).containsExactly("DISTRICTS", "COMMUNES");
    }

    @Test
    void localitiesMeanDistrictsBeforeTheTwoTierReformAndCommunesAfter() {
        assertThat(labels(RESOLVER.resolve("các địa phương", PLAN_2024))).containsExactly("DISTRICTS");
        assertThat(labels(RESOLVER.resolve("các địa phương", PLAN_2025))).containsExactly("COMMUNES");
        assertThat(labels(RESOLVER.resolve("Sở, ngành, địa phương", PLAN_2025))).containsExactly("DEPARTMENTS_AND_COMMUNES");
    }

    @Test
    void groupMembersAreTheUnitsValidOnTheDate() {
        ResolvedAgency before = RESOLVER.resolve("Các sở, ban, ngành", LocalDate.of(2024, 6, 1)).get(0);
        assertThat(before.members()).extracting(UnitRef::code)
                .contains("SO_KHDT", "SO_TTTT", "SO_NOI_VU").doesNotContain("SO_NN_MT", "SO_VHTTDL");
        ResolvedAgency after = RESOLVER.resolve("Các sở, ban, ngành", LocalDate.of(2025, 9, 1)).get(0);
        assertThat(after.members()).extracting(UnitRef::code)
                .contains("SO_NN_MT", "SO_VHTTDL", "SO_NOI_VU").doesNotContain("SO_KHDT", "SO_TTTT");

        assertThat(RESOLVER.resolve("UBND các huyện, thành phố, thị xã", LocalDate.of(2024, 6, 1)).get(0).members()).hasSize(21);
        assertThat(RESOLVER.resolve("UBND các huyện, thành phố, thị xã", LocalDate.of(2025, 1, 1)).get(0).members()).hasSize(20);
        assertThat(RESOLVER.resolve("UBND cấp xã", LocalDate.of(2025, 7, 1)).get(0).members()).hasSize(130);
    }

    @Test
    void theProvincialDepartmentsIncludeTheCommitteeOffice() {
        ResolvedAgency departments = RESOLVER.resolve("Các sở, ban, ngành", LocalDate.of(2025, 9, 1)).get(0);
        assertThat(departments.members()).extracting(UnitRef::code).contains("VP_UBND");
    }

    @Test
    void aMergedUnitStillResolvesToItselfByName() {
        // names are names: the date only picks members of groups and between units sharing a name
        assertThat(labels(RESOLVER.resolve("Sở Thông tin và Truyền thông", LocalDate.of(2024, 5, 1)))).containsExactly("SO_TTTT");
        assertThat(labels(RESOLVER.resolve("Sở Thông tin và Truyền thông", PLAN_2025))).containsExactly("SO_TTTT");
        assertThat(DIRECTORY.byCode("SO_TTTT").orElseThrow().successorCodes()).containsExactly("SO_KHCN", "SO_VHTTDL");
    }

    @Test
    void cellsJoinedOutOfOrderAreRepaired() {
        assertThat(labels(RESOLVER.resolve("Sở nguyên Môi trường Tài và Môi trường", PLAN_2024))).containsExactly("SO_TNMT");
    }

    @Test
    void unresolvedTextIsKeptVerbatim() {
        String phrase = "Ban quản lý dự án đầu tư xây dựng";
        List<ResolvedAgency> result = RESOLVER.resolve(phrase, PLAN_2024);
        assertThat(result).containsExactly(ResolvedAgency.unresolved(phrase));
        List<ResolvedAgency> mixed = RESOLVER.resolve("Sở Nội vụ; Hội Doanh nhân trẻ", PLAN_2024);
        assertThat(labels(mixed)).containsExactly("SO_NOI_VU", "UNRESOLVED");
        assertThat(mixed.get(1).text()).isEqualTo("Hội Doanh nhân trẻ");
        assertThat(RESOLVER.resolve("   ", PLAN_2024)).isEmpty();
    }

    @Test
    void markupLeftByExtractionIsIgnored() {
        assertThat(labels(RESOLVER.resolve("<b>Sở Nội vụ</b>", PLAN_2024))).containsExactly("SO_NOI_VU");
    }

    @Test
    void theIndexIsRebuiltWhenTheCatalogueChanges() {
        MutableCatalogue catalogue = new MutableCatalogue(DIRECTORY.all());
        AgencyNameResolver resolver = new AgencyNameResolver(catalogue);
        assertThat(labels(resolver.resolve("Ban Quản lý Khu kinh tế Đông Nam", PLAN_2024))).containsExactly("UNRESOLVED");
        List<DirectoryEntry> more = new ArrayList<>(DIRECTORY.all());
        more.add(new DirectoryEntry(new UnitRef(9999, "BQL_KKT", "Ban Quản lý Khu kinh tế Đông Nam", "BQL KKT",
                UnitKind.DEPARTMENT), "UBND_TINH", null, null, List.of(), List.of()));
        catalogue.replace(more);
        assertThat(labels(resolver.resolve("Ban Quản lý Khu kinh tế Đông Nam", PLAN_2024))).containsExactly("BQL_KKT");
    }

    @Test
    void searchKeyFoldsSpellings() {
        assertThat(SearchKey.of("Sở TT&TT")).isEqualTo("so thong tin truyen thong");
        assertThat(SearchKey.of("Sở Thông tin - Truyền thông")).isEqualTo("so thong tin truyen thong");
        assertThat(SearchKey.of("Tỉnh uỷ")).isEqualTo(SearchKey.of("Tỉnh ủy")).isEqualTo("tinh uy");
        assertThat(SearchKey.of("<b>ĐÀI  PHÁT THANH</b>")).isEqualTo("dai phat thanh");
        assertThat(SearchKey.of(null)).isEmpty();
    }

    private static void assertGroup(String phrase, AgencyGroup group) {
        List<ResolvedAgency> result = RESOLVER.resolve(phrase, PLAN_2024);
        assertThat(result).as(phrase).hasSize(1);
        assertThat(result.get(0).group()).as(phrase).isEqualTo(group);
        if (!group.concerned() && group != AgencyGroup.COMMUNES) {
            assertThat(result.get(0).members()).as(phrase).isNotEmpty()
                    .allSatisfy(u -> assertThat(group.kinds()).contains(u.kind()));
        }
    }

    /** A catalogue whose content changes, as the database-backed one will. */
    private static final class MutableCatalogue implements UnitCatalogue {
        private List<DirectoryEntry> entries;
        private long version = 1;

        MutableCatalogue(List<DirectoryEntry> entries) {
            this.entries = entries;
        }

        void replace(List<DirectoryEntry> newEntries) {
            entries = newEntries;
            version++;
        }

        @Override
        public List<DirectoryEntry> all() {
            return entries;
        }

        @Override
        public long version() {
            return version;
        }
    }
}
