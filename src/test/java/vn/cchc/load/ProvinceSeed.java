package vn.cchc.load;

import vn.cchc.UsesDemoData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.directory.SearchKey;
import vn.cchc.directory.UnitKind;
import vn.cchc.dossier.LoadDossiers;
import vn.cchc.plan.parse.ReformArea;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A province-sized data set on top of the demo data, for the load test: the directory grown to {@link #UNITS} units
 * (the reference directory's kinds in its proportions, every new unit under the provincial committee as today's are),
 * one unit officer per unit (the demo password's hash reused, so no hashing at seed time), standing-agency and leader
 * accounts, a plan of {@link #TASKS} tasks with lead and coordinating units, a year of quarterly indicator reports
 * (three quarters approved, the last one submitted and waiting for approval) and {@link #DOSSIERS} dossiers through the
 * dossier upload's fast path. Set-based SQL wherever it can be, so it takes a bounded few minutes, not hours.
 */
@UsesDemoData("the demo password for its generated users")
public final class ProvinceSeed {

    private static final Logger log = LoggerFactory.getLogger(ProvinceSeed.class);

    static final int UNITS = 2100;
    static final int TASKS = 2000;
    static final long DOSSIERS = Long.getLong("load.dossiers", 1_000_000);
    static final int STANDING_AGENCY_ACCOUNTS = 20;
    static final int LEADER_ACCOUNTS = 20;
    static final String PLAN_KEY = "load-test-plan";

    private static final String[] FIRST = {"Hưng", "Phúc", "Thịnh", "Đông", "Sơn", "Lộc", "An", "Hòa", "Thành", "Tân",
            "Minh", "Quang", "Nghĩa", "Đức", "Yên", "Diễn", "Quỳnh", "Thanh", "Nam", "Bắc", "Vĩnh", "Kim", "Châu", "Trung"};
    private static final String[] SECOND = {"Lợi", "Xuân", "Thuận", "Phong", "Tiến", "Lĩnh", "Khánh", "Mỹ", "Bình", "Long",
            "Hải", "Thái", "Cường", "Lạc", "Liên", "Trường", "Giang", "Hợp", "Hậu", "Định"};
    private static final String[] DEPARTMENTS = {"Chi cục", "Ban Quản lý", "Trung tâm", "Văn phòng"};
    private static final String[] AREAS = {"Quản lý nhà nước", "Đất đai", "Y tế", "Giáo dục", "Nông nghiệp", "Giao thông",
            "Tư pháp", "Văn hóa", "Tài chính", "Chuyển đổi số"};
    private static final String[] TASK_CONTENT = {"Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực",
            "Kiểm tra công tác cải cách hành chính tại đơn vị, lĩnh vực",
            "Tuyên truyền cải cách hành chính, lĩnh vực", "Nâng cao chỉ số hài lòng của người dân, lĩnh vực"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationContext context;
    private final LocalDate today;
    private final SplittableRandom random = new SplittableRandom(2026);

    ProvinceSeed(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.template = context.getBean(JdbcTemplate.class);
        this.today = LocalDate.now(context.getBean(Clock.class));
    }

    /** Seeds everything and returns the figures of what it wrote. */
    SeedReport run(Path workDir) throws IOException {
        long t0 = System.nanoTime();
        int units = units();
        long t1 = System.nanoTime();
        int users = users();
        long t2 = System.nanoTime();
        int tasks = tasks();
        long t3 = System.nanoTime();
        int reports = reports();
        long t4 = System.nanoTime();
        List<String> dossierUnits = jdbc.sql("select code from unit where kind in ('COMMUNE', 'WARD', 'DEPARTMENT') and valid_to is null")
                .query(String.class).list();
        long dossiers = LoadDossiers.ingest(context, DOSSIERS, dossierUnits, workDir);
        long t5 = System.nanoTime();
        template.execute("analyze");
        long t6 = System.nanoTime();
        SeedReport r = new SeedReport(units, users, tasks, reports, dossiers, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4),
                ms(t4, t5), ms(t5, t6));
        log.warn("Load seed: {}", r);
        return r;
    }

    record SeedReport(int units, int users, int tasks, int reports, long dossiers, long unitsMs, long usersMs, long tasksMs,
                      long reportsMs, long dossiersMs, long analyzeMs) {
        long totalMs() {
            return unitsMs + usersMs + tasksMs + reportsMs + dossiersMs + analyzeMs;
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Grows the directory to UNITS units, in the kinds and validity of the reference directory. */
    private int units() {
        int existing = jdbc.sql("select count(*) from unit").query(Integer.class).single();
        long province = jdbc.sql("select id from unit where code = 'UBND_TINH'").query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (int i = existing; i < UNITS; i++) {
            int n = i - existing;
            UnitKind kind = kindOf(n);
            String place = FIRST[n % FIRST.length] + " " + SECOND[(n / FIRST.length) % SECOND.length];
            int series = n / (FIRST.length * SECOND.length) + 2;
            String name = switch (kind) {
                case COMMUNE -> "Xã " + place + " " + series;
                case WARD -> "Phường " + place + " " + series;
                case FORMER_DISTRICT -> "Huyện " + place + " " + series;
                case DEPARTMENT -> DEPARTMENTS[n % DEPARTMENTS.length] + " " + AREAS[n % AREAS.length].toLowerCase() + " " + place;
                default -> "Hội " + place + " " + series;
            };
            String code = "TAI_" + kind.name().charAt(0) + "_" + n;
            LocalDate validTo = kind == UnitKind.FORMER_DISTRICT ? LocalDate.of(2025, 6, 30) : null;
            rows.add(new Object[]{code, name, kind.name(), province, validTo == null ? null : java.sql.Date.valueOf(validTo),
                    SearchKey.of(name)});
        }
        template.batchUpdate("insert into unit (code, name, short_name, kind, parent_id, valid_to, search_key) "
                + "values (?, ?, null, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    /** Today's active directory has 119 communes, 11 wards, 13 departments and 21 former districts among ~210 units. */
    private static UnitKind kindOf(int n) {
        int r = n % 100;
        if (r < 68) {
            return UnitKind.COMMUNE;
        }
        if (r < 75) {
            return UnitKind.WARD;
        }
        if (r < 85) {
            return UnitKind.DEPARTMENT;
        }
        if (r < 97) {
            return UnitKind.FORMER_DISTRICT;
        }
        return UnitKind.OTHER;
    }

    /** One unit officer per unit in office; standing-agency and leader accounts for the concurrent sessions. */
    private int users() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'stp.cchc'").query(String.class).single();
        int officers = jdbc.sql("""
                insert into app_user (username, full_name, unit_id, password_hash)
                select 'cb.' || lower(u.code), 'Cán bộ ' || u.name, u.id, :hash from unit u
                where u.valid_to is null
                """).param("hash", hash).update();
        jdbc.sql("""
                insert into app_user_role (user_id, role) select a.id, 'UNIT_OFFICER' from app_user a
                where a.username like 'cb.%' and not exists (select 1 from app_user_role r where r.user_id = a.id)
                """).update();
        int others = jdbc.sql("""
                insert into app_user (username, full_name, unit_id, password_hash)
                select 'tt.cchc.' || g, 'Chuyên viên CCHC ' || g, (select id from unit where code = 'SO_NOI_VU'), :hash
                from generate_series(1, :agency) g
                union all
                select 'ld.' || g, 'Lãnh đạo ' || g, (select id from unit where code = 'UBND_TINH'), :hash
                from generate_series(1, :leaders) g
                """).param("hash", hash).param("agency", STANDING_AGENCY_ACCOUNTS).param("leaders", LEADER_ACCOUNTS).update();
        jdbc.sql("""
                insert into app_user_role (user_id, role)
                select id, case when username like 'tt.cchc.%' then 'STANDING_AGENCY' else 'LEADER' end from app_user
                where username like 'tt.cchc.%' or username like 'ld.%'
                """).update();
        // each leader follows 30 units of the kinds that report, as a steering-committee member follows an area
        jdbc.sql("""
                insert into app_user_followed_unit (user_id, unit_id)
                select a.id, u.id from app_user a
                join lateral (select id from unit where kind in ('DEPARTMENT', 'COMMUNE', 'WARD') and valid_to is null
                              order by (id * 7919 + a.id) % 1009 limit 30) u on true
                where a.username like 'ld.%'
                """).update();
        return officers + others;
    }

    /** A plan of TASKS tasks, each with one lead unit and two coordinating units, spread over the year. */
    private int tasks() {
        long owner = jdbc.sql("select id from unit where code = 'SO_NOI_VU'").query(Long.class).single();
        long plan = jdbc.sql("""
                insert into plan (identity_key, doc_number, doc_type, title, issuer, place, issued_on, signer, signer_title,
                                  year, status, owner_unit_id)
                values (:key, '9999/KH-UBND', 'PLAN', 'Kế hoạch cải cách hành chính năm ' || :year || ' (dữ liệu tải thử)',
                        'UBND tỉnh Nghệ An', 'Nghệ An', :issued, 'Lê Hồng Vinh', 'Phó Chủ tịch', :year, 'ISSUED', :owner)
                returning id
                """).param("key", PLAN_KEY).param("year", today.getYear())
                .param("issued", LocalDate.of(today.getYear(), 1, 5)).param("owner", owner).query(Long.class).single();
        List<Long> units = jdbc.sql("select id from unit where valid_to is null and kind in ('DEPARTMENT', 'COMMUNE', 'WARD') order by id")
                .query(Long.class).list();
        List<Object[]> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String area = AREAS[i % AREAS.length];
            ReformArea reformArea = ReformArea.values()[i % ReformArea.values().length];
            int quarter = 1 + i % 4;
            String status = i % 5 == 0 ? "DONE" : i % 5 < 3 ? "IN_PROGRESS" : "NOT_STARTED";
            tasks.add(new Object[]{plan, "T" + i, i, "Mục " + (1 + i / 100), String.valueOf(i + 1),
                    TASK_CONTENT[i % TASK_CONTENT.length] + " " + area.toLowerCase() + " (" + (i + 1) + ")", reformArea.name(),
                    "Quý " + quarter + " năm " + today.getYear(), quarter, status, status.equals("DONE") ? 100 : status.equals("IN_PROGRESS") ? 40 : 0});
        }
        template.batchUpdate("""
                insert into plan_task (plan_id, task_key, position, section, number, content, area, deadline_text,
                                       deadline_kind, quarter, status, percent)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DATED', ?, ?, ?)
                """, tasks);
        List<Long> ids = jdbc.sql("select id from plan_task where plan_id = ? order by position").param(plan).query(Long.class).list();
        List<Object[]> named = new ArrayList<>();
        List<Object[]> assignees = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long task = ids.get(i);
            long lead = units.get(i % units.size());
            long c1 = units.get(random.nextInt(units.size()));
            long c2 = units.get(random.nextInt(units.size()));
            String status = (String) tasks.get(i)[9];
            named.add(new Object[]{task, "LEAD", 0, lead});
            assignees.add(new Object[]{task, "LEAD", lead, 0, status, (Integer) tasks.get(i)[10]});
            int position = 1;
            for (long c : new long[]{c1, c2}) {
                if (c != lead && (position == 1 || c != c1)) {
                    named.add(new Object[]{task, "COORDINATE", position, c});
                    assignees.add(new Object[]{task, "COORDINATE", c, position, "NOT_STARTED", 0});
                    position++;
                }
            }
            int quarter = (Integer) tasks.get(i)[8];
            milestones.add(new Object[]{task, java.sql.Date.valueOf(LocalDate.of(today.getYear(), quarter * 3, 1).plusMonths(1).minusDays(1))});
        }
        template.batchUpdate("insert into plan_task_unit (task_id, role, position, name, unit_id) "
                + "values (?, ?, ?, (select name from unit where id = ?), ?)", named.stream()
                .map(n -> new Object[]{n[0], n[1], n[2], n[3], n[3]}).toList());
        template.batchUpdate("insert into plan_task_assignee (task_id, role, unit_id, source, source_position, status, percent) "
                + "values (?, ?, ?, 'NAMED', ?, ?, ?)", assignees);
        template.batchUpdate("insert into plan_task_milestone (task_id, position, due, precision) values (?, 0, ?, 'DAY')", milestones);
        return ids.size();
    }

    /**
     * A year of quarterly forms for every unit that reports: the three quarters before the last approved (by the
     * standing agency), the last one submitted by the unit and waiting; the current quarter is left for the unit officers.
     */
    private int reports() {
        List<String> quarters = new ArrayList<>();
        LocalDate q = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        for (int k = 4; k >= 1; k--) {
            LocalDate start = q.minusMonths(3L * k);
            quarters.add(start.getYear() + "-Q" + (1 + (start.getMonthValue() - 1) / 3));
        }
        int days = jdbc.sql("select days_after_end from ind_due_rule where period_type = 'QUARTER'").query(Integer.class).single();
        int total = 0;
        for (int k = 0; k < quarters.size(); k++) {
            String key = quarters.get(k);
            LocalDate end = q.minusMonths(3L * (3 - k)).minusDays(1);
            boolean last = k == quarters.size() - 1;
            total += jdbc.sql("""
                    insert into ind_report (unit_id, period_key, period_type, due_on, status, submitted_at, submitted_by,
                                            decided_at, decided_by, updated_by)
                    select u.id, :key, 'QUARTER', :due, :status, :submitted, 'cb.' || lower(u.code),
                           :decided, :decider, 'cb.' || lower(u.code)
                    from unit u where u.kind in ('DEPARTMENT', 'COMMUNE', 'WARD') and u.valid_to is null
                    on conflict (unit_id, period_key) do nothing
                    """).param("key", key).param("due", end.plusDays(days)).param("status", last ? "SUBMITTED" : "APPROVED")
                    .param("submitted", end.plusDays(3).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7)))
                    .param("decided", last ? null : end.plusDays(12).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7)),
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("decider", last ? null : "snv.cchc", java.sql.Types.VARCHAR).update();
            jdbc.sql("""
                    insert into ind_report_value (report_id, indicator_id, numerator, denominator)
                    select r.id, i.id,
                           case when i.measure = 'RATIO' then 40 - (r.unit_id + i.id) % 6
                                when i.measure = 'BOOLEAN' then case when (r.unit_id + i.id) % 7 = 0 then 0 else 1 end
                                else (r.unit_id + i.id) % 3 end,
                           case when i.measure = 'RATIO' then 40 end
                    from ind_report r join ind_indicator i on i.period_type = 'QUARTER' and i.active and i.source = 'REPORTED'
                    where r.period_key = :key and r.submitted_by like 'cb.%'
                    on conflict do nothing
                    """).param("key", key).update();
        }
        return total;
    }
}
