package vn.cchc.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.DatabaseOwner;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application connects as a role that owns nothing: it can change rows, never the schema or the audit trail. */
class RuntimeRoleTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationRunsAsARoleThatIsNeitherSuperuserNorOwner() {
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = current_schema() and tableowner = current_user")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRuntimeRoleCannotDisableTheAuditTrigger() {
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger all").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void theRuntimeRoleCannotDropOrAlterTheAuditTrail() {
        assertThatThrownBy(() -> jdbc.sql("drop table audit_entry").update()).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry drop column actor").update()).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void theRuntimeRoleCannotUpdateDeleteOrTruncateAuditEntries() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'ke-gian'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theRuntimeRoleCannotTruncateBusinessTablesEither() {
        assertThatThrownBy(() -> jdbc.sql("truncate unit cascade").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theOwnerStillHasTheSchema() throws Exception {
        try (Connection owner = DatabaseOwner.connect(context); Statement s = owner.createStatement();
             var rs = s.executeQuery("select tableowner = current_user from pg_tables where tablename = 'audit_entry'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }
}
