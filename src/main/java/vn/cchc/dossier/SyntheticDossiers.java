package vn.cchc.dossier;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates plausible dossier records as CSV, deterministically from a seed: units differ in how often they
 * are late, so heatmaps and scorecards show a spread. Benchmark data, kept beside the benchmark command; a sample
 * installation may load it too.
 */
public final class SyntheticDossiers {

    public record ProcedureRef(String code, String field, boolean fee) {
    }

    static final String HEADER = "code,procedure_code,field_code,unit_code,received_at,due_at,finished_at,returned_at,"
            + "channel,supplement_requests,supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,"
            + "complaint,status";

    private SyntheticDossiers() {
    }

    /** Writes rows received between the first day of {@code first} and {@code now}. */
    public static void write(Writer out, String prefix, long rows, List<String> units, List<ProcedureRef> procedures,
                      YearMonth first, LocalDateTime now, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long startSec = first.atDay(1).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
        long span = now.toEpochSecond(java.time.ZoneOffset.UTC) - startSec;
        out.write(HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(256);
        for (long i = 0; i < rows; i++) {
            int u = rnd.nextInt(units.size());
            ProcedureRef p = procedures.get(rnd.nextInt(procedures.size()));
            LocalDateTime received = LocalDateTime.ofEpochSecond(startSec + (long) (rnd.nextDouble() * span), 0,
                    java.time.ZoneOffset.UTC);
            int limitDays = 3 + rnd.nextInt(13);
            LocalDateTime due = received.plusDays(limitDays);
            int r = rnd.nextInt(100);
            int supplements = r < 85 ? 0 : r < 97 ? 1 : 2;
            double supplementDays = supplements == 0 ? 0 : 1 + rnd.nextInt(5);
            double lateChance = 0.02 + (u % 7) * 0.015;
            LocalDateTime finished;
            if (rnd.nextDouble() < lateChance) {
                finished = due.plusSeconds((long) ((supplementDays + 1 + rnd.nextInt(10)) * 86400));
            } else {
                finished = received.plusSeconds((long) (rnd.nextDouble() * (limitDays + supplementDays) * 86400));
            }
            if (rnd.nextInt(100) < 3) {
                finished = finished.plusDays(30);
            }
            boolean done = finished.isBefore(now);
            boolean late = done && (supplements >= 2 || finished.isAfter(due.plusSeconds((long) (supplementDays * 86400))));
            int channel = rnd.nextInt(100) < 55 ? 2 : rnd.nextInt(100) < 90 ? 1 : 3;
            long fee = p.fee() ? 50_000 : 0;
            boolean paidOnline = fee > 0 && rnd.nextInt(100) < 40;
            sb.setLength(0);
            sb.append(prefix).append(i).append(',').append(p.code()).append(',').append(p.field()).append(',')
                    .append(units.get(u)).append(',').append(ts(received)).append(',').append(ts(due)).append(',')
                    .append(done ? ts(finished) : "").append(',').append(done ? ts(finished.plusHours(2).isBefore(now) ? finished.plusHours(2) : finished) : "")
                    .append(',').append(channel).append(',').append(supplements).append(',')
                    .append(supplements == 0 ? "0" : String.valueOf((int) supplementDays)).append(',')
                    .append(rnd.nextInt(100) < 75 ? 1 : 0).append(',').append(done && rnd.nextInt(100) < 70 ? 1 : 0).append(',')
                    .append(fee).append(',').append(paidOnline ? 1 : 0).append(',')
                    .append(late && rnd.nextInt(100) < 70 ? 1 : 0).append(',').append(rnd.nextInt(100) < 95 ? 1 : 0).append(',')
                    .append(rnd.nextInt(100) < 1 ? 1 : 0).append(',').append(done ? "FINISHED" : "PROCESSING").append('\n');
            out.append(sb);
        }
        out.flush();
    }

    private static String ts(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime();
    }
}
