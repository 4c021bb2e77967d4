package vn.cchc.demo;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's accounts have addresses at their units' domains, so the demo's notices and reminders can be mailed. */
@UsesDemoData("the demo accounts")
class DemoAccountAddressesTest extends CchcIntegrationTest {

    @Test
    void everyDemoAccountHasAnAddressAtItsUnitsDomain() {
        Map<String, String> stored = jdbc.sql("select username, coalesce(email, '') from app_user where username = any(?)")
                .param(DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.Account::username).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(stored).containsEntry("stp.cchc", "stp.cchc@sotuphap.nghean.gov.vn")
                .containsEntry("snv.cchc", "snv.cchc@sonoivu.nghean.gov.vn")
                .containsEntry("lanhdao", "lanhdao@ubnd.nghean.gov.vn")
                .hasSize(DemoAccounts.ACCOUNTS.size());
        assertThat(stored.values()).allMatch(e -> e.endsWith(".nghean.gov.vn"));
    }
}
