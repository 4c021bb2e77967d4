package vn.cchc.dossier;

/**
 * The set-based SQL of an ingest. Each dossier contributes up to three monthly events: its receipt (in the
 * received month), its completion (in the finished month) and the start of its open-and-overdue interval;
 * an update subtracts the old version's events and adds the new one's.
 */
final class Aggregates {

    private Aggregates() {
    }

    static final String MEASURES = "received, received_online, received_digitised, received_synced, received_fee, "
            + "received_paid_online, received_complaint, finished, finished_on_time, finished_late, finished_late_apology, "
            + "processing_days, result_base, electronic_result, open_delta, overdue_delta";

    private static String events(String source, int sign) {
        return """
                select x.unit_id, x.field_code, e.month,
                       %1$d * e.received as received, %1$d * e.received_online as received_online,
                       %1$d * e.received_digitised as received_digitised, %1$d * e.received_synced as received_synced,
                       %1$d * e.received_fee as received_fee, %1$d * e.received_paid_online as received_paid_online,
                       %1$d * e.received_complaint as received_complaint, %1$d * e.finished as finished,
                       %1$d * e.finished_on_time as finished_on_time, %1$d * e.finished_late as finished_late,
                       %1$d * e.finished_late_apology as finished_late_apology, %1$d * e.processing_days as processing_days,
                       %1$d * e.result_base as result_base, %1$d * e.electronic_result as electronic_result,
                       %1$d * e.open_delta as open_delta, %1$d * e.overdue_delta as overdue_delta
                from %2$s
                cross join lateral (values
                    (x.received_month, 1, (x.channel = 2)::int, x.digitised::int, x.synced::int, (x.fee > 0)::int,
                     (x.fee > 0 and x.paid_online)::int, x.complaint::int, 0, 0, 0, 0, 0::numeric, 0, 0, 1, 0),
                    (x.finished_month, 0, 0, 0, 0, 0, 0, 0, 1, x.on_time::int, x.late::int, (x.late and x.apology)::int,
                     coalesce(x.processing_days, 0), x.result_base::int, (x.result_base and x.electronic_result)::int,
                     -1, case when x.overdue_month is not null then -1 else 0 end),
                    (x.overdue_month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0::numeric, 0, 0, 0, 1)
                ) as e(month, received, received_online, received_digitised, received_synced, received_fee,
                       received_paid_online, received_complaint, finished, finished_on_time, finished_late,
                       finished_late_apology, processing_days, result_base, electronic_result, open_delta, overdue_delta)
                where e.month is not null
                """.formatted(sign, source);
    }

    private static String sums() {
        StringBuilder sb = new StringBuilder();
        for (String m : MEASURES.split(", ")) {
            sb.append(", sum(").append(m).append(") as ").append(m);
        }
        return sb.toString();
    }

    private static String adds(String table) {
        StringBuilder sb = new StringBuilder();
        for (String m : MEASURES.split(", ")) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(m).append(" = ").append(table).append('.').append(m).append(" + excluded.").append(m);
        }
        return sb.toString();
    }

    /**
     * The change of every (unit, field, month) aggregate: the new rows' contributions (summed in Java while the
     * file streamed, in dossier_new) minus what the replaced versions contributed.
     */
    static final String DELTA = "select unit_id, field_code, month" + sums() + " from ("
            + events("dossier x join dossier_stage s on s.code = x.code", -1)
            + " union all select unit_id, field_code, month, " + MEASURES + " from dossier_new"
            + ") c group by unit_id, field_code, month";

    /** Every aggregate computed from scratch (what a nightly batch would do), for the benchmark's comparison. */
    static final String REBUILD = "select unit_id, field_code, month" + sums() + " from (" + events("dossier x", 1)
            + ") c group by unit_id, field_code, month";

    static final String COLUMNS = "code, procedure_code, field_code, unit_id, received_at, due_at, finished_at, returned_at, "
            + "channel, supplement_requests, supplement_days, digitised, electronic_result, fee, paid_online, apology, "
            + "synced, complaint, status, received_month, finished_month, overdue_month, on_time, late, processing_days, "
            + "result_base";

    private static String updates() {
        StringBuilder sb = new StringBuilder();
        for (String c : COLUMNS.split(", ")) {
            if (c.equals("code")) {
                continue;
            }
            sb.append(c).append(" = excluded.").append(c).append(", ");
        }
        return sb.append("ingest_id = excluded.ingest_id").toString();
    }

    /** The stored versions whose receipt time the file changes: the primary key (code, received_at) cannot match them. */
    static final String MOVE = "delete from dossier d using dossier_stage s where d.code = s.code and d.received_at <> s.received_at";

    /** Inserts new dossier codes and replaces known ones. */
    static final String UPSERT = "insert into dossier (" + COLUMNS + ", ingest_id) select " + COLUMNS
            + ", ? from dossier_stage on conflict (code, received_at) do update set " + updates();

    /** How many staged codes are stored already (counted before the upsert: a partitioned table has no xmax to return). */
    static final String KNOWN = "select count(*) from dossier_stage s join dossier_code c on c.code = s.code";

    static final String APPLY_MONTH = "insert into dossier_month (unit_id, field_code, month, " + MEASURES + ") "
            + "select unit_id, field_code, month, " + MEASURES + " from dossier_delta "
            + "on conflict (unit_id, field_code, month) do update set " + adds("dossier_month");

    static final String APPLY_UNIT_MONTH = "insert into dossier_unit_month (unit_id, month, " + MEASURES + ") "
            + "select unit_id, month" + sums() + " from dossier_delta group by unit_id, month "
            + "on conflict (unit_id, month) do update set " + adds("dossier_unit_month");
}
