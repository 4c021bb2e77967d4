package vn.cchc.web;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Paged pages answer page 10.000 with a Vietnamese message and a page of a million rows with a capped page. */
@UsesDemoData("the demo accounts")
class BoundedPagesTest extends CchcIntegrationTest {

    @Test
    void pageTenThousandOfTheBoardsTasksIsAnsweredWithAVietnameseMessage() throws Exception {
        mvc.perform(get("/plans/board/rows").param("list", "OVERDUE").param("page", "10000").with(as("snv.cchc")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không có trang “10000”")))
                .andExpect(content().string(containsString("từ trang 1 đến trang 200")));
    }

    @Test
    void aPageOfAMillionUnitsIsServedAsAPageOfAHundred() throws Exception {
        long departments = jdbc.sql("""
                        select count(*) from unit where kind = 'DEPARTMENT'
                          and (valid_from is null or valid_from <= current_date) and (valid_to is null or valid_to >= current_date)""")
                .query(Long.class).single();
        String html = mvc.perform(get("/units/branches").param("kind", "DEPARTMENT").param("size", "1000000")
                        .with(as("xem")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher links = Pattern.compile("class=\"py-1 unit-node").matcher(html);
        int shown = 0;
        while (links.find()) {
            shown++;
        }
        assertThat(shown).isPositive().isLessThanOrEqualTo(100).isEqualTo((int) Math.min(100, departments));
    }

    @Test
    void pageTenThousandOfThePublicRankingIsRefused() throws Exception {
        mvc.perform(get("/public/scoring/1/rows").param("group", "COMMUNE").param("page", "10000"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theUnitsApiAnswersPageTenThousandWithAProblemInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/units").param("page", "10000")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("xem", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(containsString("Không có trang “10000”")));
    }

    @Test
    void theUnitsApiServesAMillionAsAPageOfAHundredAndLinksTheNext() throws Exception {
        mvc.perform(get("/api/v1/units").param("size", "1000000")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("xem", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(100))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Link", containsString("page=2")));
    }

    @Test
    void pageTenThousandOfTheAuditTrailIsRefusedInsteadOfSkippingHalfAMillionEntries() throws Exception {
        mvc.perform(get("/admin/audit").param("page", "10000").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("từ trang 1 đến trang 200")));
    }
}
