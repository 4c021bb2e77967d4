package vn.cchc.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.DatabaseOwner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each audit entry is sealed into a hash chain, so an edit made behind the application's back is found. */
class AuditChainTest extends CchcIntegrationTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditVerifyCommand command;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationContext context;

    @Test
    void everyCommittedEntryIsSealedAndTheChainVerifies() {
        tx.executeWithoutResult(s -> auditLog.created("test-chain", 1, Map.of("tên", "Kế hoạch CCHC năm 2025"), "tạo"));
        long written = jdbc.sql("select max(id) from audit_entry where entity_type = 'test-chain'").query(Long.class).single();
        // the sealer takes a batch at a time, and other tests' listeners may still be writing: seal until nothing is left
        // and look at what had committed by the time this entry was written
        while (chain.sealPending() > 0) {
            // next batch
        }
        ChainVerification result = chain.verify();
        assertThat(result.intact()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry e where e.id <= ? "
                + "and not exists (select 1 from audit_seal s where s.entry_id = e.id)").param(written).query(Long.class).single())
                .isZero();
        assertThat(result.sealed()).isGreaterThanOrEqualTo(
                jdbc.sql("select count(*) from audit_entry where id <= ?").param(written).query(Long.class).single());
    }

    @Test
    void anEntryEditedByTheSchemasOwnerBreaksTheChainAtThatEntry() throws Exception {
        tx.executeWithoutResult(s -> auditLog.updated("test-chain", 2, Map.of("trạng thái", "Đang thực hiện"),
                Map.of("trạng thái", "Hoàn thành"), "Cập nhật tiến độ"));
        long id = jdbc.sql("select max(id) from audit_entry where entity_type = 'test-chain'").query(Long.class).single();
        while (chain.sealPending() > 0) {
            // next batch
        }
        assertThat(chain.verify().intact()).isTrue();

        setSummaryBehindTheApplicationsBack(id, "Cập nhật tiến độ (đã sửa lén)");
        try {
            ChainVerification tampered = chain.verify();
            assertThat(tampered.firstBroken()).isEqualTo(id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = command.run(List.of("verify"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("bản ghi nhật ký số " + id);
        } finally {
            setSummaryBehindTheApplicationsBack(id, "Cập nhật tiến độ");
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    private void setSummaryBehindTheApplicationsBack(long id, String summary) throws Exception {
        try (Connection owner = DatabaseOwner.connect(context); Statement s = owner.createStatement()) {
            s.execute("alter table audit_entry disable trigger audit_entry_no_update");
            try (PreparedStatement update = owner.prepareStatement("update audit_entry set summary = ? where id = ?")) {
                update.setString(1, summary);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } finally {
                s.execute("alter table audit_entry enable trigger audit_entry_no_update");
            }
        }
    }
}
