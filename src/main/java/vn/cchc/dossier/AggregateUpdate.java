package vn.cchc.dossier;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * The set-based steps of an ingest after its rows are read (SQL in {@link Aggregates}): the change of the
 * monthly aggregates, the upsert of the staged dossiers, and applying the change to both aggregate tables.
 */
@Component
class AggregateUpdate {

    private final JdbcClient jdbc;
    private final DossierCopy copy;

    AggregateUpdate(JdbcClient jdbc, DossierCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** No earlier version of any row: the change of the aggregates is the new rows' contributions. */
    void deltaOfNewRows(StageWriter writer) {
        copy.contributions("dossier_delta", writer);
    }

    /** The staged rows' contributions minus what the versions they replace contributed. */
    void deltaOfStagedRows(StageWriter writer) {
        jdbc.sql("analyze dossier_stage").update();
        copy.contributions("dossier_new", writer);
        jdbc.sql("create temp table dossier_delta on commit drop as " + Aggregates.DELTA).update();
    }

    /**
     * Inserts the new codes and replaces the known ones; answers (inserted, updated), or null when a code is twice
     * in the file, each repetition then named with its lines.
     */
    long[] upsert(TransactionStatus status, long ingestId, RowErrors errors) {
        // a code twice with two receipt times would be two rows of the partitioned table, not a conflict
        if (jdbc.sql("select exists (select 1 from dossier_stage group by code having count(*) > 1)")
                .query(Boolean.class).single()) {
            duplicates(errors);
            return null;
        }
        Object savepoint = status.createSavepoint();
        try {
            // a stored dossier given another receipt time moves to that time's partition: removed, then inserted
            long known = jdbc.sql(Aggregates.KNOWN).query(Long.class).single();
            jdbc.sql(Aggregates.MOVE).update();
            long written = jdbc.sql(Aggregates.UPSERT).param(ingestId).update();
            jdbc.sql("insert into dossier_code (code) select code from dossier_stage on conflict do nothing").update();
            return new long[]{written - known, known};
        } catch (DataAccessException e) {
            status.rollbackToSavepoint(savepoint);
            duplicates(errors);
            if (errors.any()) {
                return null;
            }
            throw e;
        }
    }

    /** Only when the upsert failed: a dossier code twice in the file; every repetition is named with its lines. */
    private void duplicates(RowErrors errors) {
        jdbc.sql("""
                        select code, string_agg(line::text, ', ' order by line) as lines, min(line) as first
                        from dossier_stage group by code having count(*) > 1 order by first limit 100""")
                .query(rs -> {
                    errors.add(rs.getLong("first"), Column.CODE, "dossier.error.duplicate", rs.getString("code"),
                            rs.getString("lines"));
                });
    }

    void apply() {
        jdbc.sql(Aggregates.APPLY_MONTH).update();
        jdbc.sql(Aggregates.APPLY_UNIT_MONTH).update();
    }
}
