package vn.cchc.propaganda;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanPublication;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outlets of seed 000 with accounts of their own: an account of Báo Nghệ An and one of the provincial radio-TV
 * (both of the merged Báo và PTTH Nghệ An), linked by the administrator. Each sees only what was published through
 * its own outlet and logs what it ran for a content; it reaches no other page; nobody else uses its screen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutletAccountsTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanPublication publication;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;

    String admin;
    String newspaper;
    String radioTv;
    String justiceOfficer;
    long planId;
    long content;
    final String suffix = " " + System.nanoTime();

    @BeforeAll
    void outletsWithAccountsAndAUnitsOutputInEach() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        admin = accounts.create(Role.ADMIN, "SO_NOI_VU");
        newspaper = accounts.create(Role.OUTLET, "BAO_PTTH");
        radioTv = accounts.create(Role.OUTLET, "BAO_PTTH");
        justiceOfficer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        link("BAO_NGHE_AN", newspaper);
        link("DAI_PTTH_NGHE_AN", radioTv);
        PlanDraft.Task task = new PlanDraft.Task("Quý I", "1", "PROPAGANDA",
                "Tuyên truyền Chương trình cải cách hành chính tỉnh Nghệ An giai đoạn 2021 - 2030", null,
                List.of(new PlanDraft.Agency("Sở Tư pháp", null)), List.of(), null, "UNSPECIFIED", List.of(), null, null, 1,
                false, List.of());
        PlanDraft orientation = new PlanDraft("41/SNV-CCHC" + suffix, "OFFICIAL_LETTER",
                "Định hướng tuyên truyền cải cách hành chính quý I năm 2025", "Sở Nội vụ", "Nghệ An",
                LocalDate.of(2025, 1, 8), null, null, 2025, null, null, null, List.of(), List.of(), List.of(task), List.of(), null);
        planId = tx.execute(s -> publication.publish(orientation, false)).planId();
        content = plans.tasks(TaskFilter.ofPlan(planId)).stream().map(TaskRow::id).findFirst().orElseThrow();
        unitLogs("BAO_NGHE_AN", "Sở Tư pháp đẩy mạnh cải cách thủ tục hành chính" + suffix);
        unitLogs("DAI_PTTH_NGHE_AN", "Phóng sự: Một cửa điện tử ở Sở Tư pháp" + suffix);
    }

    private void link(String outlet, String username) throws Exception {
        mvc.perform(post("/propaganda/outlets/{code}/accounts", outlet).param("username", username)
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private void unitLogs(String outlet, String title) throws Exception {
        mvc.perform(multipart("/propaganda/contents/{id}", content).param("kind", "NEWS_ARTICLE").param("count", "1")
                        .param("publishedOn", "10/02/2025").param("outlet", outlet).param("title", title)
                        .with(as(justiceOfficer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String ownPage(String username) throws Exception {
        return mvc.perform(get("/propaganda/outlet").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long outputs() {
        return jdbc.sql("select count(*) from propaganda_output where task_id = ?").param(content).query(Long.class).single();
    }

    @Test
    void theNewspapersAccountSeesTheUnitsArticleInItAndNotTheRadioTvsReportage() throws Exception {
        assertThat(ownPage(newspaper)).contains("Báo Nghệ An").contains("Sở Tư pháp đẩy mạnh cải cách thủ tục hành chính" + suffix)
                .doesNotContain("Phóng sự: Một cửa điện tử ở Sở Tư pháp" + suffix);
    }

    @Test
    void theRadioTvsAccountLogsABroadcastItRanUnderItsOwnOutletAndTheNewspaperDoesNotSeeIt() throws Exception {
        String title = "Chương trình phát thanh: Cải cách hành chính, vì người dân" + suffix;
        mvc.perform(post("/propaganda/outlet").param("plan", Long.toString(planId)).param("content", Long.toString(content))
                        .param("kind", "BROADCAST").param("count", "2").param("publishedOn", "12/03/2025").param("title", title)
                        .with(as(radioTv)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select t.code || ' ' || u.code || ' ' || o.count from propaganda_output o
                        join propaganda_outlet t on t.id = o.outlet_id join unit u on u.id = o.unit_id where o.title = ?""")
                .param(title).query(String.class).single()).isEqualTo("DAI_PTTH_NGHE_AN BAO_PTTH 2");
        assertThat(ownPage(radioTv)).contains(title);
        assertThat(ownPage(newspaper)).doesNotContain(title);
    }

    @Test
    void anOutletsAccountReachesNoOtherPageNorTheApi() throws Exception {
        mvc.perform(get("/").with(as(newspaper))).andExpect(redirectedUrl("/propaganda/outlet"));
        for (String page : List.of("/propaganda/outlets/DAI_PTTH_NGHE_AN", "/propaganda", "/plans", "/propaganda/contents/" + content,
                "/api/v1/propaganda/outlets/DAI_PTTH_NGHE_AN/outputs")) {
            mvc.perform(get(page).with(as(newspaper))).andExpect(status().isForbidden());
        }
        long before = outputs();
        mvc.perform(multipart("/propaganda/contents/{id}", content).param("kind", "NEWS_ARTICLE").param("count", "1")
                        .param("publishedOn", "10/02/2025").param("outlet", "DAI_PTTH_NGHE_AN").param("title", "Ghi thay đài" + suffix)
                        .with(as(newspaper)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(outputs()).isEqualTo(before);
    }

    @Test
    void aUnitOfficerAndAnUnlinkedOutletAccountCannotUseAnOutletsScreen() throws Exception {
        String unlinked = new TestAccounts(context).create(Role.OUTLET, "BAO_PTTH");
        long before = outputs();
        for (String user : List.of(justiceOfficer, unlinked)) {
            mvc.perform(get("/propaganda/outlet").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/propaganda/outlet").param("content", Long.toString(content)).param("kind", "BROADCAST")
                    .param("count", "1").param("publishedOn", "12/03/2025").param("title", "Ghi trái phép" + suffix)
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(outputs()).isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorLinksAnAccountOfTheOutletRoleAndOnce() throws Exception {
        String another = new TestAccounts(context).create(Role.OUTLET, "BAO_PTTH");
        mvc.perform(post("/propaganda/outlets/BAO_NGHE_AN/accounts").param("username", another)
                .with(as(justiceOfficer)).with(csrf())).andExpect(status().isForbidden());
        String refused = mvc.perform(post("/propaganda/outlets/BAO_NGHE_AN/accounts").param("username", justiceOfficer)
                        .with(as(admin)).with(csrf())).andReturn().getFlashMap().get("flashErrorText").toString();
        long audits = jdbc.sql("select count(*) from audit_entry where entity_type = 'propaganda_outlet_account'")
                .query(Long.class).single();
        link("BAO_NGHE_AN", newspaper);

        assertThat(refused).contains("chưa có vai trò Cơ quan báo chí");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'propaganda_outlet_account'")
                .query(Long.class).single()).isEqualTo(audits);
        assertThat(jdbc.sql("select count(*) from propaganda_outlet_account a join app_user u on u.id = a.user_id where u.username in (?, ?)")
                .params(another, justiceOfficer).query(Long.class).single()).isZero();
    }
}
