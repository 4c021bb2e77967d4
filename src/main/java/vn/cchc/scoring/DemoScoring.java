package vn.cchc.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo installation: sample 2025 criteria sets for departments and for communes (marked "[Dữ liệu mẫu]": the
 * province replaces them with the sets of its own decision) and an open 2025 round for a few units, opened by
 * the standing agency's demo account so the audit trail shows a real actor.
 */
@Component
@Order(40)
class DemoScoring implements ApplicationRunner {

    static final String MARK = "[Dữ liệu mẫu] ";
    private static final Logger log = LoggerFactory.getLogger(DemoScoring.class);

    private final boolean demo;
    private final JdbcClient jdbc;
    private final CriteriaSets sets;
    private final Rounds rounds;
    private final Directory directory;
    private final UserDetailsService users;

    DemoScoring(@Value("${cchc.demo:false}") boolean demo, JdbcClient jdbc, CriteriaSets sets, Rounds rounds,
                Directory directory, UserDetailsService users) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.sets = sets;
        this.rounds = rounds;
        this.directory = directory;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || jdbc.sql("select count(*) from score_set where sample").query(Long.class).single() > 0) {
            return;
        }
        try {
            UserDetails snv = users.loadUserByUsername("snv.cchc");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(snv, null, snv.getAuthorities()));
            Map<ScoringGroup, Long> ids = new EnumMap<>(ScoringGroup.class);
            ids.put(ScoringGroup.DEPARTMENT, sets.create(new CriterionInput.Header(2025, ScoringGroup.DEPARTMENT,
                    MARK + "Bộ tiêu chí xác định Chỉ số CCHC các sở, ban, ngành năm 2025", null,
                    new java.math.BigDecimal("2"), new java.math.BigDecimal("3")), rows("scoring/demo-2025-department.tsv"),
                    true, true, null));
            ids.put(ScoringGroup.COMMUNE, sets.create(new CriterionInput.Header(2025, ScoringGroup.COMMUNE,
                    MARK + "Bộ tiêu chí xác định Chỉ số CCHC các xã, phường năm 2025", null,
                    new java.math.BigDecimal("2"), new java.math.BigDecimal("3")), rows("scoring/demo-2025-commune.tsv"),
                    true, true, null));
            List<Long> units = new ArrayList<>();
            for (String code : List.of("SO_NOI_VU", "SO_TU_PHAP", "SO_KHCN", "SO_TAI_CHINH", "SO_Y_TE", "X_HUNG_TAY",
                    "X_ANH_SON", "X_YEN_XUAN")) {
                directory.findByCode(code).map(UnitRef::id).ifPresent(units::add);
            }
            Long tuPhap = directory.idOf("SO_TU_PHAP");
            Long noiVu = directory.idOf("SO_NOI_VU");
            Map<String, Long> appraisers = new LinkedHashMap<>();
            for (int area = 1; area <= 9; area++) {
                appraisers.put(String.valueOf(area), area == 2 ? tuPhap : noiVu);
            }
            java.time.LocalDate today = ScoringTexts.today();
            rounds.open(new Rounds.RoundForm(2025, MARK + "Xác định Chỉ số CCHC năm 2025", ids, Map.of(), units,
                    today.plusDays(30), today.plusDays(50), today.plusDays(60), appraisers, true));
            log.info("Demo scoring: sample 2025 criteria sets and an open 2025 round for {} units", units.size());
        } catch (RuntimeException | IOException e) {
            log.warn("Demo scoring not loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Reads a tab-separated demo set: code, name, max, kind, method, allowed, indicator, threshold, bands, evidence, guidance. */
    static List<CriterionInput> rows(String resource) throws IOException {
        String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        List<CriterionInput> rows = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\n")) {
            line++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] f = java.util.Arrays.copyOf(raw.split("\t", -1), 11);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == null ? "" : f[i].trim();
            }
            rows.add(new CriterionInput(line, f[0], f[1], ScoringTexts.parse(f[2]),
                    f[3].isEmpty() ? ItemKind.NORMAL : ItemKind.valueOf(f[3]),
                    f[4].isEmpty() ? Method.MANUAL : Method.valueOf(f[4]), CriteriaSets.blankToNull(f[5]),
                    CriteriaSets.blankToNull(f[6]), ScoringTexts.parse(f[7]), CriteriaSets.blankToNull(f[8]),
                    "x".equalsIgnoreCase(f[9]), CriteriaSets.blankToNull(f[10])));
        }
        return rows;
    }
}
