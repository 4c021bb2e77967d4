package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The parse contract over HTTP, with agency names resolved against the real directory. */
@UsesDemoData("the demo accounts, the seed plans")
class PlanParseApiTest extends CchcIntegrationTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void theSteeringCommitteePlanParsesTo42TasksWithLeadUnitsResolved() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "02-KH-BCD.txt", "text/plain",
                Files.readAllBytes(SEEDS.resolve("001_b60d195b2e0bc6bf.txt")));
        mvc.perform(multipart("/api/v1/plans/parse").file(file).with(httpBasic("snv.cchc", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document.number").value("02/KH-BCĐ"))
                .andExpect(jsonPath("$.document.date").value("2024-01-25"))
                .andExpect(jsonPath("$.tasks", hasSize(42)))
                .andExpect(jsonPath("$.tasks[0].lead[0].name").value("Sở Nội vụ"))
                .andExpect(jsonPath("$.tasks[0].lead[0].unitCode").value("SO_NOI_VU"))
                .andExpect(jsonPath("$.tasks[0].deadline.milestones[0].due").value("2024-01-31"));
    }

    @Test
    void aFileThatIsNotAPlanGetsAVietnameseProblem() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "ghi-chu.txt", "text/plain",
                "Danh sách đi chợ: rau, cá, thịt.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/plans/parse").file(file).with(httpBasic("snv.cchc", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("ghi-chu.txt")));
    }
}
