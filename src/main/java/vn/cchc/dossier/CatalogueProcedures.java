package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the procedure catalogue (dossier_procedure) as its screen, import and export use it. */
@Repository
class CatalogueProcedures {

    /** What the list is narrowed to; each part may be null. The words are matched folded, anywhere in the name or code. */
    record Filter(String words, String fieldCode, OnlineLevel level) {
    }

    private static final String SELECT = """
            select p.code, p.name, p.field_code, f.name as field_name, p.online_level, p.fee, p.processing_days, p.version
            from dossier_procedure p join dossier_field f on f.code = p.field_code
            """;

    private final JdbcClient jdbc;

    CatalogueProcedures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<CatalogueProcedure> page(Filter filter, PageRequest request) {
        String words = filter.words() == null || filter.words().isBlank() ? null : filter.words().strip();
        List<CatalogueProcedure> rows = jdbc.sql(SELECT + """
                        where (cast(:words as text) is null
                               or strpos(cchc_fold(p.name), cchc_fold(cast(:words as text))) > 0
                               or strpos(lower(p.code), lower(cast(:words as text))) > 0)
                          and (cast(:field as text) is null or p.field_code = cast(:field as text))
                          and (cast(:level as text) is null or p.online_level = cast(:level as text))
                        order by p.field_code, p.code
                        limit :limit offset :offset""")
                .param("words", words)
                .param("field", filter.fieldCode() == null || filter.fieldCode().isBlank() ? null : filter.fieldCode())
                .param("level", filter.level() == null ? null : filter.level().name())
                .param("limit", request.limitPlusOne())
                .param("offset", request.offset())
                .query(CatalogueProcedures::row).list();
        return Page.of(rows, request);
    }

    Optional<CatalogueProcedure> find(String code) {
        return jdbc.sql(SELECT + " where p.code = ?").param(code).query(CatalogueProcedures::row).optional();
    }

    /** The whole catalogue by code: a province's is a few thousand procedures at most. */
    List<CatalogueProcedure> all() {
        return jdbc.sql(SELECT + " order by p.code").query(CatalogueProcedures::row).list();
    }

    /** The fields, code to name, in name order. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        jdbc.sql("select code, name from dossier_field order by name collate vi, code")
                .query((ResultSet rs) -> {
                    fields.put(rs.getString(1), rs.getString(2));
                });
        return fields;
    }

    /** @return 1, or 0 when the stored version is no longer the one the edit read (someone saved first) */
    int update(ProcedureValues v, int expectedVersion) {
        return jdbc.sql("""
                        update dossier_procedure set name = :name, field_code = :field, online_level = :level, fee = :fee,
                               processing_days = :days, version = version + 1
                        where code = :code and version = :version""")
                .param("name", v.name()).param("field", v.fieldCode()).param("level", v.onlineLevel().name())
                .param("fee", v.fee()).param("days", v.processingDays()).param("code", v.code())
                .param("version", expectedVersion).update();
    }

    /** A new procedure; fee-bearing when it has a fee, returning a result as most procedures do. */
    void insert(ProcedureValues v) {
        jdbc.sql("""
                        insert into dossier_procedure (code, name, field_code, online_level, fee, processing_days, fee_bearing)
                        values (:code, :name, :field, :level, :fee, :days, :fee > 0)""")
                .param("name", v.name()).param("field", v.fieldCode()).param("level", v.onlineLevel().name())
                .param("fee", v.fee()).param("days", v.processingDays()).param("code", v.code()).update();
    }

    /** Imports and edits of the catalogue one after the other: an import reads the catalogue once and writes it whole. */
    void lock() {
        jdbc.sql("lock table dossier_procedure in share row exclusive mode").update();
    }

    private static CatalogueProcedure row(ResultSet rs, int n) throws SQLException {
        int days = rs.getInt("processing_days");
        Integer processingDays = rs.wasNull() ? null : days;
        return new CatalogueProcedure(rs.getString("code"), rs.getString("name"), rs.getString("field_code"),
                rs.getString("field_name"), OnlineLevel.valueOf(rs.getString("online_level")), rs.getLong("fee"),
                processingDays, rs.getInt("version"));
    }
}
