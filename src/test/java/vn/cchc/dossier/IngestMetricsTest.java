package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.PrometheusScrape;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator sees on the metrics scrape how many dossier rows the ingests stored, updated and refused. */
class IngestMetricsTest extends CchcIntegrationTest {

    private static final String SERIES = "cchc_dossier_ingest_rows_total";
    private static final String HEADER = "code,procedure_code,unit_code,received_at,due_at,finished_at,channel,supplement_requests,"
            + "supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,complaint\n";

    @Autowired
    DossierIngest ingest;
    @Autowired
    ApplicationContext context;

    private final String prefix = "DOMETRIC" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-";

    private String row(int n, String finishedAt) {
        return prefix + n + ",2.000488,SO_TU_PHAP,2024-11-0" + n + " 08:00,2024-11-20 17:00," + finishedAt + ",1,0,0,0,0,0,0,0,1,0\n";
    }

    private IngestResult send(String name, String body) {
        return ingest.ingestAsSystem(name, DossierFormat.CSV,
                new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)), null);
    }

    private double count(PrometheusScrape scrape, String outcome) {
        return scrape.valueOrZero(SERIES, "outcome=" + outcome);
    }

    @Test
    void threeNewDossiersAndThenTwoOfThemFinishedCountThreeInsertedAndTwoUpdated() {
        PrometheusScrape before = PrometheusScrape.of(context);

        assertThat(send("ho-so-thang-11.csv", row(1, "") + row(2, "") + row(3, "")).errors()).isEmpty();
        assertThat(send("ho-so-thang-11-ket-qua.csv", row(1, "2024-11-12 10:00") + row(2, "2024-11-15 16:30")).errors()).isEmpty();

        PrometheusScrape after = PrometheusScrape.of(context);
        assertThat(after.value(SERIES, "outcome=inserted") - count(before, "inserted")).isEqualTo(3);
        assertThat(after.value(SERIES, "outcome=updated") - count(before, "updated")).isEqualTo(2);
        assertThat(after.value(SERIES, "outcome=refused") - count(before, "refused")).isZero();
    }

    @Test
    void aFileRejectedForOneUnknownProcedureCountsAllItsRowsRefusedAndNoneInserted() {
        PrometheusScrape before = PrometheusScrape.of(context);

        IngestResult result = send("ho-so-sai-ma-thu-tuc.csv", row(1, "") + row(2, "").replace("2.000488", "9.999999"));

        assertThat(result.accepted()).isFalse();
        PrometheusScrape after = PrometheusScrape.of(context);
        assertThat(after.value(SERIES, "outcome=refused") - count(before, "refused")).isEqualTo(2);
        assertThat(after.valueOrZero(SERIES, "outcome=inserted") - count(before, "inserted")).isZero();
    }
}
