package vn.cchc.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A date typed in a page form is read as dd/MM/yyyy whatever the browser's language. */
class DateInputTest extends CchcIntegrationTest {

    private static String administrator;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
    }

    private static final String FORM = "/indicators/reports/SO_KHCN/2024-Q2";

    private long exceptionsUntil(LocalDate day) {
        return jdbc.sql("""
                        select count(*) from ind_lock_exception e join unit u on u.id = e.unit_id
                        where u.code = 'SO_KHCN' and e.period_key = '2024-Q2' and e.open_until = ?""")
                .param(day).query(Long.class).single();
    }

    @Test
    void theFifteenthOfJanuaryTypedAsDayMonthYearIsThatDay() throws Exception {
        mvc.perform(post(FORM + "/exception").param("openUntil", "15/01/2099").param("reason", "Đơn vị bổ sung số liệu")
                        .with(as(administrator)).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "indicator.flash.exception"));

        assertThat(exceptionsUntil(LocalDate.of(2099, 1, 15))).isEqualTo(1);
    }

    @Test
    void theThirtyFirstOfFebruaryGoesBackToTheFormWithAVietnameseMessageAndChangesNothing() throws Exception {
        mvc.perform(post(FORM + "/exception").param("openUntil", "31/02/2098").param("reason", "Đơn vị bổ sung số liệu")
                        .header("Referer", "http://localhost" + FORM).with(as(administrator)).with(csrf()))
                .andExpect(redirectedUrl(FORM))
                .andExpect(flash().attribute("flashErrorText",
                        "«31/02/2098» không phải là ngày hợp lệ; viết theo dạng ngày/tháng/năm, ví dụ 30/06/2024"));

        assertThat(jdbc.sql("select count(*) from ind_lock_exception where extract(year from open_until) = 2098")
                .query(Long.class).single()).isZero();
    }
}
