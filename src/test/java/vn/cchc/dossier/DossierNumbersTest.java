package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fee and the supplement days of a dossier file are read the Vietnamese way, like every number an officer types:
 * "50.000" is fifty thousand đồng, not fifty. A lone decimal dot is how machine exports write decimals.
 */
@UsesDemoData("the demo accounts")
class DossierNumbersTest extends CchcIntegrationTest {

    /** A finished dossier of Sở Tư pháp received in March 2009, with the fee and supplement days as written. */
    private static String file(String code, String supplementDays, String fee) {
        return DossierFiles.HEADER + "\n" + "%s,2.000488,SO_TU_PHAP,2009-03-02 08:00,2009-03-09 17:00,2009-03-04 10:00,2,1,%s,1,1,%s,0,0,1,0\n"
                .formatted(code, supplementDays, fee);
    }

    private ResultActions send(String name, String csv) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/ingest").param("name", name).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic("stp.cchc", "Demo@2026cchc")));
    }

    private long fee(String code) {
        return jdbc.sql("select fee from dossier where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aFeeOfFiftyThousandTypedTheVietnameseWayIsStoredAs50000() throws Exception {
        send("le-phi.csv", file("T09-N1", "0", "50.000")).andExpect(status().isOk());
        assertThat(fee("T09-N1")).isEqualTo(50_000L);
    }

    @Test
    void aFeeOfOneMillionTwoHundredFiftyThousandWithTwoGroupingDotsIsStoredWhole() throws Exception {
        send("le-phi-lon.csv", file("T09-N2", "0", "1.250.000")).andExpect(status().isOk());
        assertThat(fee("T09-N2")).isEqualTo(1_250_000L);
    }

    @Test
    void aMachineExportedFeeWithADecimalDotIsStillRead() throws Exception {
        send("xuat-tu-he-thong.csv", file("T09-N3", "0", "2345.00")).andExpect(status().isOk());
        assertThat(fee("T09-N3")).isEqualTo(2_345L);
    }

    @Test
    void supplementDaysWithADecimalCommaAreRead() throws Exception {
        send("bo-sung.csv", file("T09-N4", "\"1,5\"", "0")).andExpect(status().isOk());
        assertThat(jdbc.sql("select supplement_days from dossier where code = 'T09-N4'").query(Double.class).single())
                .isEqualTo(1.5);
    }

    @Test
    void aFeeInWordsIsARowErrorAndNothingIsStored() throws Exception {
        send("le-phi-chu.csv", file("T09-N5", "0", "năm mươi nghìn")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"line\":2")));
        assertThat(jdbc.sql("select count(*) from dossier where code = 'T09-N5'").query(Long.class).single()).isZero();
    }
}
