package vn.cchc.web;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.demo.DemoAccounts;
import vn.cchc.UsesDemoData;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts, the demo 2025 round")
class WebShellTest extends CchcIntegrationTest {

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/parse']").exists());
    }

    @Test
    void anUnknownPageShowsTheVietnameseNotFoundPage() throws Exception {
        java.net.http.HttpResponse<String> page = fetch(signedInClient("xem"), "/trang-khong-ton-tai");
        org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(page.body()).contains("Không tìm thấy trang");
    }

    @Test
    void aForbiddenPageShowsTheVietnameseReason() throws Exception {
        mvc.perform(get("/error/403").with(as("xem")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền truy cập")));
    }

    @Test
    void anUnknownUnitCodeInTheApiIsAVietnameseProblem() throws Exception {
        mvc.perform(get("/api/v1/units/KHONG_CO").with(httpBasic("xem", DemoAccounts.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("KHONG_CO")));
    }

    @Test
    void yearsAreNotWrittenWithAThousandsSeparator() throws Exception {
        // the demo's 2025 round, or a later round another test opened for Sở Tư pháp: either way a year of four digits
        mvc.perform(get("/").with(as("stp.cchc")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*Tự chấm điểm Chỉ số CCHC năm 20\\d\\d<.*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("năm 2.0"))));
    }

    @Test
    void pagesShowWhereTheUserIsInABreadcrumbTrail() throws Exception {
        mvc.perform(get("/plans/board").with(as("snv.cchc")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<ol class=\"breadcrumb\">.*Kế hoạch.*Bảng theo dõi.*</ol>.*")));
        mvc.perform(get("/admin/audit").with(as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<ol class=\"breadcrumb\">.*Quản trị.*Nhật ký thao tác.*</ol>.*")));
    }

    @Test
    void datesAreShownDayMonthYear() throws Exception {
        mvc.perform(get("/units/SO_TTTT").with(as("xem")))
                .andExpect(content().string(containsString("28/02/2025")));
    }
}
