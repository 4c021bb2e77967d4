package vn.cchc.scoring;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Builds small criteria sets and rounds for tests, each in a year of its own so tests never meet. */
@UsesDemoData("the demo accounts")
final class ScoringFixture {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    static int newYear() {
        return YEARS.getAndIncrement();
    }

    static CriterionInput row(String code, String name, String max, ItemKind kind, Method method, String allowed,
                              String indicator, String threshold, boolean evidence) {
        return new CriterionInput(0, code, name, max == null ? null : new BigDecimal(max), kind, method, allowed, indicator,
                threshold == null ? null : new BigDecimal(threshold), null, evidence, null);
    }

    static CriterionInput head(String code, String name) {
        return row(code, name, null, ItemKind.NORMAL, Method.MANUAL, null, null, null, false);
    }

    static CriterionInput manual(String code, String name, String max) {
        return row(code, name, max, ItemKind.NORMAL, Method.MANUAL, null, null, null, false);
    }

    /** The department set of the full-round test (maximum 20, bonus cap 1, penalty cap 2). */
    static List<CriterionInput> departmentRows() {
        return List.of(
                head("1", "Công tác chỉ đạo, điều hành"),
                head("1.1", "Kế hoạch CCHC"),
                row("1.1.1", "Ban hành kế hoạch CCHC kịp thời", "2", ItemKind.NORMAL, Method.MANUAL, "0;1;2", null, null, true),
                row("1.1.2", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "3", ItemKind.NORMAL, Method.TASK_COMPLETION, null, null, "100", false),
                head("2", "Cải cách thể chế"),
                manual("2.1", "Ban hành văn bản QPPL đúng kế hoạch", "4"),
                manual("2.2", "Rà soát văn bản QPPL", "2"),
                head("3", "Cải cách TTHC"),
                row("3.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "4", ItemKind.NORMAL, Method.INDICATOR, null, "TEST_DUNG_HAN", "98", false),
                row("3.2", "Chỉ số hài lòng (SIPAS)", "5", ItemKind.NORMAL, Method.SURVEY, null, null, null, false),
                head("9", "Điểm thưởng, điểm trừ"),
                row("9.1", "Điểm thưởng: sáng kiến được công nhận", "2", ItemKind.BONUS, Method.MANUAL, null, null, null, false),
                row("9.2", "Điểm trừ: vi phạm kỷ luật hành chính", "2", ItemKind.PENALTY, Method.MANUAL, null, null, null, false));
    }

    /** The commune set (maximum 30, caps 2 and 2). */
    static List<CriterionInput> communeRows() {
        return List.of(
                head("1", "Công tác chỉ đạo, điều hành"),
                manual("1.1", "Kế hoạch CCHC", "5"),
                manual("1.2", "Báo cáo CCHC", "5"),
                head("2", "Cải cách thể chế"),
                manual("2.1", "Văn bản QPPL của xã", "10"),
                head("3", "Cải cách TTHC"),
                manual("3.1", "Một cửa, một cửa liên thông", "10"),
                head("9", "Điểm thưởng, điểm trừ"),
                row("9.1", "Điểm thưởng", "2", ItemKind.BONUS, Method.MANUAL, null, null, null, false),
                row("9.2", "Điểm trừ", "2", ItemKind.PENALTY, Method.MANUAL, null, null, null, false));
    }

    private final UserDetailsService users;
    private final CriteriaSets sets;
    private final Rounds rounds;
    private final Directory directory;

    ScoringFixture(UserDetailsService users, CriteriaSets sets, Rounds rounds, Directory directory) {
        this.users = users;
        this.sets = sets;
        this.rounds = rounds;
        this.directory = directory;
    }

    /** Runs as a demo user (their stored unit and roles), then signs out. */
    <T> T as(String username, Supplier<T> action) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    long activeSet(int year, ScoringGroup group, List<CriterionInput> rows, String bonusCap, String penaltyCap) {
        return as("snv.cchc", () -> {
            long id = sets.create(new CriterionInput.Header(year, group, "Bộ tiêu chí kiểm thử " + year, null,
                    new BigDecimal(bonusCap), new BigDecimal(penaltyCap)), rows, false, false, null);
            sets.activate(id);
            return id;
        });
    }

    long unit(String code) {
        return directory.idOf(code);
    }

    /** Opens a round; area 2 is appraised by Sở Tư pháp, the others by Sở Nội vụ. */
    long openRound(int year, Map<ScoringGroup, Long> groupSets, List<String> unitCodes, LocalDate self, LocalDate appraisal,
                   LocalDate explanation) {
        Map<String, Long> appraisers = new LinkedHashMap<>();
        for (String area : List.of("1", "2", "3", "9")) {
            appraisers.put(area, unit(area.equals("2") ? "SO_TU_PHAP" : "SO_NOI_VU"));
        }
        List<Long> units = new ArrayList<>();
        unitCodes.forEach(c -> units.add(unit(c)));
        return as("snv.cchc", () -> rounds.open(new Rounds.RoundForm(year, "Đợt kiểm thử " + year,
                new EnumMap<>(groupSets), Map.of(), units, self, appraisal, explanation, appraisers, false)));
    }
}
