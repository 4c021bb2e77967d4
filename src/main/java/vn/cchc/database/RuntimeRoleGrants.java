package vn.cchc.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Least privilege: after every migration the runtime role gets rights on rows and nothing else (no table
 * ownership, so it cannot alter a table, disable a trigger or truncate), and the audit trail is append-only for it
 * by grants as well as by the trigger. The owner that runs the migrations keeps the schema.
 * Grants are re-applied on every start, so tables that a migration adds are covered without a migration of their own.
 */
@Component
class RuntimeRoleGrants implements Callback {

    /** The role to grant to; empty when the application runs as the owner (a one-role installation). */
    record RuntimeRole(String name) {
    }

    private static final Logger log = LoggerFactory.getLogger(RuntimeRoleGrants.class);
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String role;

    RuntimeRoleGrants(ObjectProvider<RuntimeRole> embedded, @Value("${cchc.database.runtime-role:}") String configured) {
        RuntimeRole fromEmbedded = embedded.getIfAvailable();
        this.role = fromEmbedded != null ? fromEmbedded.name() : configured.strip();
        if (!role.isEmpty() && !ROLE_NAME.matcher(role).matches()) {
            throw new IllegalStateException("cchc.database.runtime-role is not a plain PostgreSQL role name: " + role);
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && !role.isEmpty();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("do $$ declare s text := current_schema(); begin "
                    + "execute format('grant usage on schema %I to " + role + "', s); "
                    + "execute format('revoke all on all tables in schema %I from " + role + "', s); "
                    + "execute format('grant select, insert, update, delete on all tables in schema %I to " + role + "', s); "
                    + "execute format('grant usage, select, update on all sequences in schema %I to " + role + "', s); "
                    + "end $$");
            s.execute("revoke all on flyway_schema_history from " + role);
            s.execute("revoke update, delete, truncate on audit_entry from " + role);
            log.info("Rights on rows granted to the runtime role {}", role);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role " + role + " its rights: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "runtime-role-grants";
    }
}
