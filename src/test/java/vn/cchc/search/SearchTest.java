package vn.cchc.search;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.StatementCount;
import vn.cchc.UsesDemoData;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@UsesDemoData("the demo accounts and the seed plans of 2025")
class SearchTest extends CchcIntegrationTest {

    private static final Pattern HIT = Pattern.compile("data-kind=\"([A-Z]+)\">\\s*<span[^>]*>[^<]*</span>\\s*<a href=\"([^\"]+)\"");

    record Hit(String kind, String href) {
    }

    private List<Hit> search(String user, String q) throws Exception {
        String html = mvc.perform(get("/search").param("q", q).with(as(user))).andReturn().getResponse()
                .getContentAsString();
        List<Hit> hits = new ArrayList<>();
        Matcher m = HIT.matcher(html);
        while (m.find()) {
            hits.add(new Hit(m.group(1), m.group(2)));
        }
        return hits;
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private void report(String unitCode, String periodKey, String status) {
        jdbc.sql("insert into ind_report (unit_id, period_key, period_type, due_on, status) values (?, ?, 'QUARTER', date '2025-07-10', ?)"
                        + " on conflict (unit_id, period_key) do update set status = excluded.status")
                .params(unit(unitCode), periodKey, status).update();
    }

    @Test
    @Transactional
    void keHoachCchc2025WithoutDiacriticsFindsTheProvincesReformPlanFor2025FirstAmongPlans() throws Exception {
        List<Hit> plans = search("stp.cchc", "ke hoach cchc 2025").stream().filter(h -> h.kind().equals("PLAN")).toList();

        assertThat(plans).isNotEmpty();
        long first = Long.parseLong(plans.get(0).href().substring("/plans/".length()));
        assertThat(jdbc.sql("select year = 2025 and title ilike '%cải cách hành chính%' from plan where id = ?")
                .param(first).query(Boolean.class).single()).as("the first plan found is a reform plan of 2025").isTrue();
        // other tests add reform plans of 2025, so which one is first depends on the order they ran in; what must hold
        // is that the order is decided by rank and then by the newest: a copy of the first, newer, comes before it
        long copy = jdbc.sql("""
                        insert into plan (identity_key, doc_number, doc_type, title, issuer, place, issued_on, year, theme, status, owner_unit_id)
                        select 'search-test-' || gen_random_uuid(), doc_number, doc_type, title, issuer, place, issued_on, year, theme, status, owner_unit_id
                          from plan where id = ?
                        returning id""")
                .param(first).query(Long.class).single();
        List<Hit> again = search("stp.cchc", "ke hoach cchc 2025").stream().filter(h -> h.kind().equals("PLAN")).toList();
        assertThat(again.subList(0, 2)).containsExactly(new Hit("PLAN", "/plans/" + copy), new Hit("PLAN", "/plans/" + first));
    }

    @Test
    void soNoiVuTypedInCapitalsWithDiacriticsOrWithoutFindsTheSameUnit() throws Exception {
        Hit soNoiVu = new Hit("UNIT", "/units/SO_NOI_VU");

        assertThat(search("xem", "SỞ NỘI VỤ")).contains(soNoiVu);
        assertThat(search("xem", "so noi vu")).contains(soNoiVu);
    }

    @Test
    @Transactional
    void soNoiVuQuyIiFindsTheQuarterTwoReportOfSoNoiVuAndNotQuarterThree() throws Exception {
        report("SO_NOI_VU", "2025-Q2", "SUBMITTED");
        report("SO_NOI_VU", "2025-Q3", "SUBMITTED");

        List<Hit> reports = search("skhcn.cchc", "so noi vu quy ii").stream().filter(h -> h.kind().equals("REPORT")).toList();

        assertThat(reports).contains(new Hit("REPORT", "/indicators/reports/SO_NOI_VU/2025-Q2"));
        assertThat(reports).doesNotContain(new Hit("REPORT", "/indicators/reports/SO_NOI_VU/2025-Q3"));
    }

    @Test
    @Transactional
    void aUnitOfficerFindsTheirOwnDraftReportButNotAnotherUnits() throws Exception {
        report("SO_TU_PHAP", "2025-Q2", "DRAFT");
        Hit draft = new Hit("REPORT", "/indicators/reports/SO_TU_PHAP/2025-Q2");

        assertThat(search("stp.cchc", "so tu phap quy ii")).contains(draft);
        assertThat(search("skhcn.cchc", "so tu phap quy ii")).doesNotContain(draft);
        assertThat(search("snv.cchc", "so tu phap quy ii")).contains(draft);
    }

    @Test
    @Transactional
    void aUnitsDraftPlanIsFoundByThatUnitAndTheStandingAgencyOnly() throws Exception {
        long plan = jdbc.sql("""
                        insert into plan (identity_key, doc_number, title, year, status, owner_unit_id)
                        values ('search-draft', '15/KH-STP', 'Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026', 2026, 'DRAFT', ?)
                        returning id""")
                .param(unit("SO_TU_PHAP")).query(Long.class).single();
        Hit draft = new Hit("PLAN", "/plans/" + plan);

        assertThat(search("stp.cchc", "ra soat van ban quy pham")).contains(draft);
        assertThat(search("snv.cchc", "ra soat van ban quy pham")).contains(draft);
        assertThat(search("skhcn.cchc", "ra soat van ban quy pham")).doesNotContain(draft);
    }

    @Test
    @Transactional
    void aPlanIsFoundByItsNumberAsWrittenWithSlashAndDash() throws Exception {
        long plan = jdbc.sql("""
                        insert into plan (identity_key, doc_number, title, year, status)
                        values ('search-number', '987/KH-UBND', 'Kế hoạch tuyên truyền cải cách hành chính năm 2026', 2026, 'ISSUED')
                        returning id""")
                .query(Long.class).single();

        assertThat(search("xem", "987/KH-UBND")).contains(new Hit("PLAN", "/plans/" + plan));
    }

    @Test
    void aOneLetterTermAsksForMoreAndRunsNoSearchQuery() throws Exception {
        int layoutOnly = StatementCount.during(() -> mvc.perform(get("/search").with(as("stp.cchc")))
                .andReturn().getResponse().getContentAsString()).statements();
        StatementCount.Counted<String> oneLetter = StatementCount.during(() -> mvc.perform(get("/search").param("q", " k ")
                .with(as("stp.cchc"))).andReturn().getResponse().getContentAsString());
        int twoLetters = StatementCount.during(() -> mvc.perform(get("/search").param("q", "ke")
                .with(as("stp.cchc"))).andReturn().getResponse().getContentAsString()).statements();

        assertThat(oneLetter.result()).contains("id=\"search-too-short\"");
        assertThat(oneLetter.statements()).isEqualTo(layoutOnly);
        assertThat(twoLetters).isGreaterThan(layoutOnly);
    }
}
