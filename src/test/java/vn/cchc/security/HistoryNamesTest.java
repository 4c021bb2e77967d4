package vn.cchc.security;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
        String page = mvc.perform(get("/dossiers/upload").with(as("snv.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String actor = jdbc.sql("select actor from dossier_ingest order by id desc limit 1").query(String.class).single();
        String shown = "system".equals(actor) ? "Hệ thống"
                : jdbc.sql("select full_name from app_user where username = ?").param(actor).query(String.class).single();
        assertThat(page).contains("<td>" + shown).doesNotContain("<td>" + actor + "</td>");
    }
}
