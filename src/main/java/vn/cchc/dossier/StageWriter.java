package vn.cchc.dossier;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Writes validated rows in binary COPY format, with the derived columns. */
final class StageWriter {
    /** The staging table's columns, in the order written. */
    static final String COLUMNS = "line, " + Aggregates.COLUMNS;
    private final CopyBinary out;
    private final boolean staging;
    private final long ingestId;

    /** Into the staging table (the line first) or straight into dossier (the ingest's id last). */
    StageWriter(CopyBinary out, boolean staging, long ingestId) {
        this.out = out;
        this.staging = staging;
        this.ingestId = ingestId;
    }

    /**
     * The new rows' contributions per (unit, field, month), summed while streaming: bounded by the groups.
     * The key is packed into a long (unit id, the field's number in this file, the month since year 0) and
     * looked up in an open-addressing table: a map of records was a quarter of the ingest's Java time.
     */
    final Contributions contributions = new Contributions();

    /** The earliest and latest receipt written: the partitions the rows went to. */
    LocalDateTime firstReceived;
    LocalDateTime lastReceived;

    private long[] at(DossierRow r, LocalDate month) {
        return contributions.at(r.unitId(), r.fieldCode(), month);
    }

    void write(DossierRow r) throws IOException {
        LocalDate receivedMonth = Rules.month(r.receivedAt());
        if (firstReceived == null || r.receivedAt().isBefore(firstReceived)) {
            firstReceived = r.receivedAt();
        }
        if (lastReceived == null || r.receivedAt().isAfter(lastReceived)) {
            lastReceived = r.receivedAt();
        }
        LocalDate finishedMonth = Rules.month(r.finishedAt());
        LocalDate overdueMonth = Rules.overdueMonth(r);
        boolean onTime = Rules.onTime(r);
        boolean late = Rules.late(r);
        Double days = Rules.processingDays(r);
        long[] c = at(r, receivedMonth);
        c[0]++;
        c[1] += r.channel() == 2 ? 1 : 0;
        c[2] += r.digitised() ? 1 : 0;
        c[3] += r.synced() ? 1 : 0;
        c[4] += r.fee() > 0 ? 1 : 0;
        c[5] += r.fee() > 0 && r.paidOnline() ? 1 : 0;
        c[6] += r.complaint() ? 1 : 0;
        c[14]++;
        if (finishedMonth != null) {
            c = at(r, finishedMonth);
            c[7]++;
            c[8] += onTime ? 1 : 0;
            c[9] += late ? 1 : 0;
            c[10] += late && r.apology() ? 1 : 0;
            c[11] += Math.round(days * 100);
            c[12] += r.resultBase() ? 1 : 0;
            c[13] += r.resultBase() && r.electronicResult() ? 1 : 0;
            c[14]--;
            c[15] -= overdueMonth != null ? 1 : 0;
        }
        if (overdueMonth != null) {
            at(r, overdueMonth)[15]++;
        }
        CopyBinary o = out;
        o.row(27);
        if (staging) {
            o.int8(r.line());
        }
        o.text(r.code());
        o.text(r.procedureCode());
        o.text(r.fieldCode());
        o.int8(r.unitId());
        o.timestamp(r.receivedAt());
        o.timestamp(r.dueAt());
        o.timestamp(r.finishedAt());
        o.timestamp(r.returnedAt());
        o.int2(r.channel());
        o.int2(r.supplementRequests());
        o.numeric2(r.supplementDays());
        o.bool(r.digitised());
        o.bool(r.electronicResult());
        o.numeric(r.fee(), 0);
        o.bool(r.paidOnline());
        o.bool(r.apology());
        o.bool(r.synced());
        o.bool(r.complaint());
        o.text(r.status());
        o.date(receivedMonth);
        o.date(finishedMonth);
        o.date(overdueMonth);
        o.bool(onTime);
        o.bool(late);
        if (days == null) {
            o.nul();
        } else {
            // hundredths, as the rule rounded them (the same value the text of the double gives)
            o.numeric(Math.round(days * 100), 2);
        }
        o.bool(r.resultBase());
        if (!staging) {
            o.int8(ingestId);
        }
    }

    /** Writes the summed contributions in COPY text format (processing days kept in hundredths while summing). */
    void writeContributions(Writer w) throws IOException {
        StringBuilder line = new StringBuilder(160);
        contributions.forEach((unitId, fieldCode, month, v) -> {
            line.setLength(0);
            line.append(unitId).append('\t').append(fieldCode).append('\t').append(month);
            for (int i = 0; i < v.length; i++) {
                line.append('\t');
                if (i == 11) {
                    line.append(java.math.BigDecimal.valueOf(v[i], 2).toPlainString());
                } else {
                    line.append(v[i]);
                }
            }
            w.append(line).append('\n');
        });
        w.flush();
    }
}
