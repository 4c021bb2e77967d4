package vn.cchc.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan page no longer lists every assigned unit for the cascade: the standing agency types part of a unit's
 * name and picks among at most twenty assigned units that match.
 */
@UsesDemoData("the demo plans, their assigned units and accounts")
class CascadeUnitSearchTest extends CchcIntegrationTest {

    private long plan;

    @BeforeEach
    void anIssuedPlan() {
        plan = jdbc.sql("select id from plan where status = 'ISSUED' order by id limit 1").query(Long.class).single();
    }

    private String hits(String typed) throws Exception {
        return mvc.perform(get("/plans/{id}/cascade-units", plan).param("q", typed).with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int radios(String html) {
        Matcher m = Pattern.compile("type=\"radio\" name=\"unitId\"").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @Transactional
    void soNoiVuTypedWithoutDiacriticsFindsSoNoiVuAmongTheAssignedUnits() throws Exception {
        long soNoiVu = jdbc.sql("select id from unit where code = 'SO_NOI_VU'").query(Long.class).single();
        jdbc.sql("""
                        insert into plan_task_assignee (task_id, role, unit_id, source)
                        select min(t.id), 'COORDINATE', ?, 'PICKED' from plan_task t where t.plan_id = ?
                        on conflict do nothing""").params(soNoiVu, plan).update();
        String html = hits("so noi vu");
        assertThat(html).contains("Sở Nội vụ").contains("value=\"" + soNoiVu + "\"");
    }

    @Test
    void oneLetterAsksForAtLeastTwo() throws Exception {
        String html = hits("s");
        assertThat(html).contains("Gõ ít nhất 2 ký tự");
        assertThat(radios(html)).isZero();
    }

    @Test
    void aNameNoAssignedUnitHasFindsNothing() throws Exception {
        String html = hits("khong co don vi nao ten the nay");
        assertThat(html).contains("Không có đơn vị nào");
        assertThat(radios(html)).isZero();
    }

    @Test
    void aUnitOfficerCannotSearchTheUnitsOfOthersToCascade() throws Exception {
        mvc.perform(get("/plans/{id}/cascade-units", plan).param("q", "xa").with(as("stp.cchc")))
                .andExpect(status().isForbidden());
    }

    /** 2,000 more communes assigned to the plan, in this test's transaction. */
    private void twoThousandMoreAssignedCommunes() {
        jdbc.sql("""
                        insert into unit (code, name, kind, search_key)
                        select 'XA_THU_' || g, 'Xã Thử Nghiệm ' || g, 'COMMUNE', 'xa thu nghiem ' || g
                        from generate_series(1, 2000) g""").update();
        jdbc.sql("""
                        insert into plan_task_assignee (task_id, role, unit_id, source)
                        select (select min(t.id) from plan_task t where t.plan_id = ?), 'COORDINATE', u.id, 'PICKED'
                        from unit u where u.code like 'XA_THU_%'""").param(plan).update();
    }

    @Test
    @Transactional
    void twoThousandMatchesAreAnsweredWithTwentyAndAskForMoreLetters() throws Exception {
        twoThousandMoreAssignedCommunes();
        String html = hits("xa thu nghiem");
        assertThat(radios(html)).isEqualTo(PlanCascade.UNIT_HITS);
        assertThat(html).contains("hãy gõ thêm để thu hẹp");
    }

    @Test
    @Transactional
    void thePlanPageAtTwoThousandMoreAssignedUnitsNamesNoneOfThemAndStaysUnder150KB() throws Exception {
        twoThousandMoreAssignedCommunes();
        byte[] page = mvc.perform(get("/plans/{id}", plan).with(as("snv.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String html = new String(page, StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"cascade-q\"").doesNotContain("Xã Thử Nghiệm 1234");
        assertThat(page.length).isLessThan(150 * 1024);
    }

    @Test
    void aUnitOfficerSeesOnlyTheirOwnUnitToCascadeTo() throws Exception {
        long own = jdbc.sql("select unit_id from app_user where username = 'stp.cchc'").query(Long.class).single();
        boolean assigned = jdbc.sql("""
                        select exists (select 1 from plan_task_assignee a join plan_task t on t.id = a.task_id
                                       where t.plan_id = ? and a.unit_id = ?)""").params(plan, own).query(Boolean.class).single();
        String html = mvc.perform(get("/plans/{id}", plan).with(as("stp.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("id=\"cascade-q\"");
        assertThat(html.contains("<option value=\"" + own + "\"")).isEqualTo(assigned);
    }
}
