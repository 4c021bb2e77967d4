package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class PlanFlashTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aRefusedPlanWriteShowsTheValueItsMessageNames() throws Exception {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        PlanFlash.run(redirect, "/plans", "plan.flash.closed", () -> {
            throw new PlanRuleException("plan.error.targetNumber", "12.5", "viết 12,5 hoặc 125");
        });
        String officer = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");

        mvc.perform(get("/plans").with(as(officer))
                        // the flash as the dispatcher hands it to the next page (the session is Spring Session's, not the mock's)
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashAttributes()))
                .andExpect(content().string(containsString("Giá trị mục tiêu «12.5» không hợp lệ — viết 12,5 hoặc 125")));
    }
}
