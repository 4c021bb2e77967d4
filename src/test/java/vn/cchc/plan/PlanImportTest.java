package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts")
class PlanImportTest extends CchcIntegrationTest {

    private static final Path SEED = Path.of("src/main/resources/demo/plans/001_b60d195b2e0bc6bf.txt");

    private long importSeed() throws Exception {
        MvcResult r = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "02-KH-BCD.txt", "text/plain",
                        Files.readAllBytes(SEED))).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void reImportingTheSameDocumentIsOfferedAsAnUpdateNotACopy() throws Exception {
        long first = importSeed();
        mvc.perform(get("/plans/import/{id}", first).with(as("snv.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("review-form")));
        String planUrl = mvc.perform(post("/plans/import/{id}/publish", first).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long plans = jdbc.sql("select count(*) from plan").query(Long.class).single();
        long tasks = jdbc.sql("select count(*) from plan_task").query(Long.class).single();

        long second = importSeed();
        mvc.perform(get("/plans/import/{id}", second).with(as("snv.cchc")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("review-existing")));
        String again = mvc.perform(post("/plans/import/{id}/publish", second).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(again).isEqualTo(planUrl);
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plans);
        assertThat(jdbc.sql("select count(*) from plan_task").query(Long.class).single()).isEqualTo(tasks);
    }

    @Test
    void onlyTheStandingAgencyImports() throws Exception {
        mvc.perform(get("/plans/import").with(as("stp.cchc"))).andExpect(status().isForbidden());
    }

    @Test
    void thePagesRenderForEveryRole() throws Exception {
        for (String user : new String[]{"snv.cchc", "stp.cchc", "lanhdao"}) {
            mvc.perform(get("/plans").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/my-tasks").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/plans/board").with(as(user))).andExpect(status().isOk());
        }
        Long planId = jdbc.sql("select min(id) from plan").query(Long.class).single();
        if (planId != null) {
            mvc.perform(get("/plans/{id}", planId).with(as("snv.cchc"))).andExpect(status().isOk());
            mvc.perform(get("/plans/tasks/export.xlsx").param("planId", planId.toString()).with(as("snv.cchc")))
                    .andExpect(status().isOk());
            mvc.perform(get("/plans/tasks/export.docx").param("planId", planId.toString()).with(as("snv.cchc")))
                    .andExpect(status().isOk());
            Long taskId = jdbc.sql("select min(id) from plan_task where plan_id = ?").param(planId).query(Long.class).single();
            if (taskId != null) {
                mvc.perform(get("/plans/tasks/{id}", taskId).with(as("snv.cchc"))).andExpect(status().isOk());
            }
        }
    }
}
