package vn.cchc.dossier;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The COPY paths of an ingest, on the transaction's own connection: the rows in binary format, straight into
 * {@code dossier} or into the staging table, and the summed contributions in text format into a temporary table.
 */
@Component
class DossierCopy {

    /** Reads the file and hands each valid row to the writer. */
    interface Source {
        void readInto(StageWriter writer) throws IOException;
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DossierCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Straight into dossier, as if every code were new; null when a code is already stored or repeated. The primary
     * key of the partitioned table sees only a code repeated with the same receipt time, so the codes then go into
     * dossier_code, whose key is the code alone (read back from the partitions the rows went to).
     */
    StageWriter intoDossier(Source source, RowErrors errors, long ingestId) {
        StageWriter writer = copyIn("copy dossier (" + Aggregates.COLUMNS + ", ingest_id) from stdin (format binary)",
                source, errors, false, ingestId);
        if (writer == null || writer.firstReceived == null || errors.any()) {
            return writer;
        }
        try {
            jdbc.sql("""
                            insert into dossier_code (code) select code from dossier
                            where ingest_id = ? and received_at >= ? and received_at <= ?""")
                    .params(ingestId, writer.firstReceived, writer.lastReceived).update();
            return writer;
        } catch (DataAccessException e) {
            if (uniqueViolation(e)) {
                return null;
            }
            throw e;
        }
    }

    /** Into the temporary staging table (made here), with the line of each row. */
    StageWriter intoStaging(Source source, RowErrors errors, long ingestId) {
        jdbc.sql("create temp table dossier_stage (like dossier including defaults) on commit drop").update();
        jdbc.sql("alter table dossier_stage add column line bigint").update();
        StageWriter writer = copyIn("copy dossier_stage (" + StageWriter.COLUMNS + ") from stdin (format binary)", source,
                errors, true, ingestId);
        if (writer == null) {
            throw new IllegalStateException("staging table has no unique key");
        }
        return writer;
    }

    /**
     * Streams the file into one binary COPY; null when the target's primary key refused a row (a code
     * already stored or repeated), with the COPY ended. Row errors end the COPY unsent.
     */
    private StageWriter copyIn(String sql, Source source, RowErrors errors, boolean staging, long ingestId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
            try {
                CopyBinary out = new CopyBinary(copy);
                StageWriter writer = new StageWriter(out, staging, ingestId);
                source.readInto(writer);
                if (errors.any()) {
                    copy.cancelCopy();
                } else {
                    out.finish();
                    copy.endCopy();
                }
                return writer;
            } catch (IOException | SQLException | RuntimeException e) {
                if (copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException ignored) {
                        // the server has already ended it
                    }
                }
                if (!staging && uniqueViolation(e)) {
                    return null;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The new rows' contributions, summed while streaming, into a temporary table of that name. */
    void contributions(String table, StageWriter writer) {
        jdbc.sql("create temp table " + table + " on commit drop as select unit_id, field_code, month, "
                + Aggregates.MEASURES + " from dossier_month where false").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy " + table + " (unit_id, field_code, month, " + Aggregates.MEASURES + ") from stdin", 1 << 16);
            Writer w = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
            writer.writeContributions(w);
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
