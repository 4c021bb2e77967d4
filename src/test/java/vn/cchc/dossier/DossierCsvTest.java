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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dossier CSV is read as RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
@UsesDemoData("the demo accounts")
class DossierCsvTest extends CchcIntegrationTest {

    private ResultActions send(String name, String csv) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/ingest").param("name", name).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic("snv.cchc", "Demo@2026cchc")));
    }

    private String stored(String code) {
        return jdbc.sql("select concat(unit_id, '|', finished_at, '|', status) from dossier where code = ?").param(code)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aQuotedFieldWithCommasQuotesAndLineBreaksIsLegalCsv() throws Exception {
        // a note column the ingest does not know, written by a spreadsheet: a comma, a line break, doubled quotes
        String csv = DossierFiles.HEADER + ",ghi_chu\n"
                + "T10-Q1,2.000488,SO_TU_PHAP,2010-01-05 08:00,2010-01-10 17:00,2010-01-09 10:00,2,0,0,1,1,0,0,0,1,0,"
                + "\"Công dân bổ sung giấy tờ, lần 2\nđã đủ hồ sơ\"\n"
                // finished: a dossier left open would stay open in every later quarter of Sở Tư pháp that other tests count
                + "\"T10-Q2\",2.000488,\"SO_TU_PHAP\",2010-01-06 08:00,2010-01-10 17:00,2010-01-08 15:00,1,0,0,0,0,0,0,0,1,0,"
                + "\"Ghi chú có \"\"ngoặc kép\"\"\"\n";
        send("ghi-chu.csv", csv).andExpect(status().isOk()).andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.rowsNew").value(2));
        assertThat(stored("T10-Q1")).endsWith("|2010-01-09 10:00:00|");
        assertThat(stored("T10-Q2")).isNotNull();
    }

    @Test
    void aRowAfterAMultiLineFieldIsNamedByTheLineItStartsOn() throws Exception {
        String csv = DossierFiles.HEADER + ",ghi_chu\n"
                + "T10-L1,2.000488,SO_TU_PHAP,2010-02-05 08:00,2010-02-10 17:00,,2,0,0,1,1,0,0,0,1,0,\"dòng một\ndòng hai\ndòng ba\"\n"
                + "T10-L2,2.000488,SO_TU_PHAP,2010-02-05 08:00,2010-02-10 17:00,,9,0,0,1,1,0,0,0,1,0,\n";
        send("nhieu-dong.csv", csv).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("channel"))
                .andExpect(jsonPath("$.errors[0].message", containsString("kênh nộp")));
        assertThat(stored("T10-L1")).isNull();
    }
}
