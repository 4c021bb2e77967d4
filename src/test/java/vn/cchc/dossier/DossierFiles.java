package vn.cchc.dossier;

import java.util.List;

/** Hand-made dossier files for the tests. */
final class DossierFiles {

    static final String HEADER = "code,procedure_code,unit_code,received_at,due_at,finished_at,channel,supplement_requests,"
            + "supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,complaint";

    private DossierFiles() {
    }

    /**
     * The hand-computed set (year shifted by {@code year}): unit A = SO_TU_PHAP, unit B = X_ANH_SON, procedure
     * 2.000488 (returns a result). Quarter 1 of A: received 7, finished 4 (2 on time, 2 late, 1 apologised),
     * open at the end 3 of which 2 overdue; 766 2.1 = (2 + 1) / (4 + 3).
     */
    static String handComputed(String prefix, int year) {
        return handComputed(prefix, year, "SO_TU_PHAP", "X_ANH_SON");
    }

    static String handComputed(String prefix, int year, String unitA, String unitB) {
        String y = String.valueOf(year);
        List<String> rows = List.of(
                // on time, online, digitised, e-result, fee paid online, synced
                prefix + "A1,2.000488,SO_TU_PHAP,Y-01-05 08:00,Y-01-10 17:00,Y-01-09 10:00,2,0,0,1,1,50000,1,0,1,0",
                // finished after the due date but within due + 3 supplement days: on time
                prefix + "A2,2.000488,SO_TU_PHAP,Y-01-10 08:00,Y-01-15 17:00,Y-01-17 10:00,1,1,3,0,0,50000,0,0,1,0",
                // early, but a second supplement request: late (apologised)
                prefix + "A3,2.000488,SO_TU_PHAP,Y-02-01 08:00,Y-02-10 17:00,Y-02-05 00:00,2,2,0,0,0,0,0,1,1,0",
                // late, no apology
                prefix + "A4,2.000488,SO_TU_PHAP,Y-02-15 08:00,Y-02-20 17:00,Y-02-25 00:00,1,0,0,0,0,0,0,0,1,0",
                // unfinished, due after the quarter: on time at the quarter's end
                prefix + "A5,2.000488,SO_TU_PHAP,Y-03-20 08:00,Y-04-05 17:00,,2,0,0,0,0,0,0,0,1,0",
                // unfinished and overdue at the quarter's end; a complaint
                prefix + "A6,2.000488,SO_TU_PHAP,Y-03-01 08:00,Y-03-10 17:00,,1,0,0,0,0,0,0,0,1,1",
                // finished in April after its March due date: open and overdue at the end of Q1
                prefix + "A7,2.000488,SO_TU_PHAP,Y-03-25 08:00,Y-03-31 17:00,Y-04-03 09:00,1,0,0,0,0,0,0,0,1,0",
                prefix + "B1,2.000488,X_ANH_SON,Y-01-20 08:00,Y-01-25 17:00,Y-01-22 08:00,2,0,0,0,0,0,0,0,1,0",
                prefix + "B2,2.000488,X_ANH_SON,Y-02-20 08:00,Y-02-28 17:00,Y-03-01 08:00,1,0,0,0,0,0,0,1,0,0");
        return HEADER + "\n" + String.join("\n", rows).replace("Y-", y + "-").replace("SO_TU_PHAP", unitA)
                .replace("X_ANH_SON", unitB) + "\n";
    }
}
