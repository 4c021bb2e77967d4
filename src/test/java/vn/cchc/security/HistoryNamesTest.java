package vn.cchc.security;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.demo.DemoAccounts;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** History lines name people by full name and unit, not by the username the rows keep. */
@UsesDemoData("the demo accounts, the sample progress of seed 001")
class HistoryNamesTest extends CchcIntegrationTest {

    private record Posted(long taskId, String author, String fullName) {
    }

    @Test
    void aTasksHistoryShowsWhoPostedByFullNameNotByUsername() throws Exception {
        Posted p = jdbc.sql("""
                        select p.task_id, p.author, u.full_name from task_progress p join app_user u on u.username = p.author
                        order by p.id limit 1""")
                .query((rs, n) -> new Posted(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        String page = mvc.perform(get("/plans/tasks/" + p.taskId()).with(as("snv.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(p.fullName()).doesNotContain(">" + p.author() + " · ");
    }

    @Test
    void theDossierFilesListNamesTheSenderWithTheirUnit() throws Exception {
        // a refused file is listed too, and stores no dossier
        mvc.perform(post("/api/v1/dossiers/ingest").param("name", "ho-so-khcn.csv").contentType("text/csv")
                        .content("Mã hồ sơ,Kênh nộp\nKHCN-1,Zalo\n".getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic("skhcn.cchc", DemoAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/dossiers/upload").with(as("snv.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<td>Lê Thị Hoa (Sở Khoa học và Công nghệ)</td>").doesNotContain("<td>skhcn.cchc</td>");
    }
}
