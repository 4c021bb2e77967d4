package vn.cchc.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossiers a staged file touches that are already stored: refused when they belong to another unit than the
 * uploader's, and otherwise their before and after kept in {@code dossier_change}, read back as a dossier's history.
 */
@Component
class DossierChanges {

    /** The columns a file sets, in the order they are shown. */
    static final List<String> COLUMNS = List.of("unit_id", "status", "procedure_code", "field_code", "received_at",
            "due_at", "finished_at", "returned_at", "channel", "supplement_requests", "supplement_days", "digitised",
            "electronic_result", "fee", "paid_online", "apology", "synced", "complaint");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DossierChanges(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A unit owns its dossiers: a staged row whose code is stored for another unit is an error of its line. */
    void refuseOtherUnits(long unitId, RowErrors errors) {
        int[] total = {0};
        jdbc.sql("""
                        select s.line, s.code, count(*) over () as total from dossier_stage s join dossier d on d.code = s.code
                        where d.unit_id <> ? order by s.line limit""" + " " + RowErrors.MAX)
                .param(unitId)
                .query(rs -> {
                    total[0] = rs.getInt("total");
                    errors.add(rs.getLong("line"), Column.CODE, "dossier.error.otherUnitsDossier", rs.getString("code"));
                });
        errors.addUnlisted(Math.max(0, total[0] - Math.min(total[0], RowErrors.MAX)));
    }

    /** Keeps the before and after of every stored dossier the staged file changes (not those it sends unchanged). */
    int record(long ingestId) {
        return jdbc.sql("insert into dossier_change (code, ingest_id, line, before, after) select s.code, ?, s.line, "
                        + object("d") + " || jsonb_build_object('ingest_id', d.ingest_id), " + object("s")
                        + " from dossier_stage s join dossier d on d.code = s.code where (" + tuple("d")
                        + ") is distinct from (" + tuple("s") + ")")
                .param(ingestId).update();
    }

    private static String object(String alias) {
        StringBuilder sb = new StringBuilder("jsonb_build_object(");
        for (String c : COLUMNS) {
            sb.append(sb.length() > 19 ? ", '" : "'").append(c).append("', ").append(alias).append('.').append(c);
        }
        return sb.append(')').toString();
    }

    private static String tuple(String alias) {
        return String.join(", ", COLUMNS.stream().map(c -> alias + "." + c).toList());
    }

    /** One upload's change of a dossier: who sent which file when, and each column that changed. */
    record Change(long ingestId, String fileName, String actor, OffsetDateTime at, long line, List<FieldChange> fields) {
    }

    /** One column's value before and after, as stored (unit ids, ISO timestamps, true/false). */
    record FieldChange(String column, String before, String after) {
    }

    /** A stored dossier's history: its unit now and its changes, oldest first. */
    record History(String code, long unitId, List<Change> changes) {
    }

    /**
     * A dossier's history, for the standing agency and administrators, and for an officer of the unit that owns the
     * dossier; nobody else (the history names the officers who sent each file).
     */
    History historyFor(String code) {
        long unitId = jdbc.sql("select unit_id from dossier where code = ?").param(code).query(Long.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CchcUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("dossier.error.forbidden"));
        boolean allowed = user.has(Role.ADMIN) || user.has(Role.STANDING_AGENCY)
                || (user.has(Role.UNIT_OFFICER) && user.unitId() == unitId);
        if (!allowed) {
            throw new AccessDeniedException("dossier.error.forbidden");
        }
        return new History(code, unitId, of(code));
    }

    private List<Change> of(String code) {
        return jdbc.sql("""
                        select c.ingest_id, i.file_name, i.actor, coalesce(i.committed_at, i.finished_at) as at, c.line,
                               c.before::text as before, c.after::text as after
                        from dossier_change c join dossier_ingest i on i.id = c.ingest_id
                        where c.code = ? order by c.id""")
                .param(code)
                .query((rs, n) -> new Change(rs.getLong("ingest_id"), rs.getString("file_name"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class), rs.getLong("line"),
                        fields(rs.getString("before"), rs.getString("after"))))
                .list();
    }

    private List<FieldChange> fields(String beforeText, String afterText) {
        JsonNode before = json.readTree(beforeText);
        JsonNode after = json.readTree(afterText);
        List<FieldChange> out = new ArrayList<>();
        for (String c : COLUMNS) {
            String b = text(before.get(c));
            String a = text(after.get(c));
            if (!java.util.Objects.equals(b, a)) {
                out.add(new FieldChange(c, b, a));
            }
        }
        return out;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }
}
