package vn.cchc.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts")
class AuditTrailTest extends CchcIntegrationTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @WithUserDetails("snv.cchc")
    void anEntryNamesTheActorTheirUnitAndTheValuesBeforeAndAfter() {
        tx.executeWithoutResult(s -> auditLog.updated("test-entity", 42, Map.of("status", "Chưa thực hiện"),
                Map.of("status", "Đang thực hiện"), "Cập nhật tiến độ"));
        AuditEntry entry = auditLog.find(new AuditFilter(null, "test-entity", AuditAction.UPDATE, null, null, "42"), 1, 0)
                .get(0);
        assertThat(entry.actor()).isEqualTo("snv.cchc");
        assertThat(entry.actorUnitCode()).isEqualTo("SO_NOI_VU");
        assertThat(entry.beforeValue()).contains("Chưa thực hiện");
        assertThat(entry.afterValue()).contains("Đang thực hiện");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntryEvenForTheSchemasOwner() throws Exception {
        tx.executeWithoutResult(s -> auditLog.created("test-entity", 7, Map.of("a", 1), "tạo"));
        try (java.sql.Connection owner = vn.cchc.DatabaseOwner.connect(context);
             java.sql.Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set actor = 'ke-gian' where entity_type = 'test-entity'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry where entity_type = 'test-entity'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void writingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> auditLog.created("test-entity", 8, Map.of(), "ngoài giao dịch"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void onlyAnAdministratorReadsTheAuditPage() throws Exception {
        mvc.perform(get("/admin/audit").with(as("stp.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nhật ký thao tác")));
    }

    @Test
    void theAuditPageFiltersByEntityType() throws Exception {
        tx.executeWithoutResult(s -> auditLog.created("loc-thu", 9, Map.of("ten", "Sở Tư pháp"), "lọc thử"));
        mvc.perform(get("/admin/audit").param("entityType", "loc-thu").with(as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lọc thử")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tổng số: 1 bản ghi")));
    }
}
