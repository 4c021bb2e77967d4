package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.indicator.Period;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit owns its dossiers: an officer's file may create or change only their own unit's dossiers, and every
 * dossier a file changes keeps its before and after. All dossiers here are finished, so that no later period of
 * another test sees them open.
 */
@UsesDemoData("the demo accounts")
class DossierOwnershipTest extends CchcIntegrationTest {

    private static final String HEADER = DossierFiles.HEADER + ",status";

    @Autowired
    Directory directory;

    @Autowired
    DossierStats stats;

    private ResultActions send(String user, String name, String csv) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/ingest").param("name", name).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic(user, "Demo@2026cchc")));
    }

    /** A finished dossier of 2.000488 received on the given day of January 2009. */
    private static String row(String code, String unit, int day, long fee, String status) {
        return "%s,2.000488,%s,2009-01-%02d 08:00,2009-01-%02d 17:00,2009-01-%02d 10:00,2,0,0,1,1,%d,0,0,1,0,%s\n"
                .formatted(code, unit, day, day + 5, day + 2, fee, status);
    }

    private String unitAndStatus(String code) {
        return jdbc.sql("select concat(unit_id, '|', status) from dossier where code = ?").param(code)
                .query(String.class).optional().orElse(null);
    }

    private long unit(String code) {
        return directory.findByCode(code).orElseThrow().id();
    }

    @Test
    void aUnitOfficerCannotTakeOverAnotherUnitsDossier() throws Exception {
        send("snv.cchc", "khcn.csv", HEADER + "\n" + row("T09-O1", "SO_KHCN", 5, 0, "FINISHED")).andExpect(status().isOk());
        send("stp.cchc", "chiem.csv", HEADER + "\n" + row("T09-O1", "SO_TU_PHAP", 5, 0, "PROCESSING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("code"))
                .andExpect(jsonPath("$.errors[0].message", containsString("T09-O1")))
                .andExpect(jsonPath("$.errors[0].message", containsString("thuộc đơn vị khác")));
        assertThat(unitAndStatus("T09-O1")).isEqualTo(unit("SO_KHCN") + "|FINISHED");
    }

    @Test
    void aUnitOfficerCannotTakeOverAnotherUnitsDossierThroughTheUploadPage() throws Exception {
        send("snv.cchc", "khcn.csv", HEADER + "\n" + row("T09-P1", "SO_KHCN", 6, 0, "FINISHED")).andExpect(status().isOk());
        mvc.perform(post("/dossiers/upload").param("name", "chiem.csv").contentType("text/csv")
                        .content((HEADER + "\n" + row("T09-P1", "SO_TU_PHAP", 6, 0, "PROCESSING")).getBytes(StandardCharsets.UTF_8))
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(false));
        assertThat(unitAndStatus("T09-P1")).isEqualTo(unit("SO_KHCN") + "|FINISHED");
    }

    @Test
    void theFileStoresNothingWhenOneRowTouchesAnotherUnitsDossier() throws Exception {
        send("snv.cchc", "khcn.csv", HEADER + "\n" + row("T09-S1", "SO_KHCN", 7, 0, "FINISHED")).andExpect(status().isOk());
        send("stp.cchc", "cua-minh.csv", HEADER + "\n" + row("T09-S2", "SO_TU_PHAP", 7, 0, "FINISHED"))
                .andExpect(status().isOk());
        Period january = Period.parse("2009-M01");
        Counts before = stats.byUnit(january).get(unit("SO_TU_PHAP"));
        send("stp.cchc", "tron.csv", HEADER + "\n"
                + row("T09-S3", "SO_TU_PHAP", 8, 0, "FINISHED")
                + row("T09-S2", "SO_TU_PHAP", 7, 0, "RETURNED")
                + row("T09-S4", "SO_TU_PHAP", 9, 0, "FINISHED")
                + row("T09-S1", "SO_TU_PHAP", 7, 0, "PROCESSING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(5));
        assertThat(unitAndStatus("T09-S1")).isEqualTo(unit("SO_KHCN") + "|FINISHED");
        assertThat(unitAndStatus("T09-S2")).isEqualTo(unit("SO_TU_PHAP") + "|FINISHED");
        assertThat(unitAndStatus("T09-S3")).isNull();
        assertThat(unitAndStatus("T09-S4")).isNull();
        assertThat(stats.byUnit(january).get(unit("SO_TU_PHAP"))).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from dossier_change where code like 'T09-S%'").query(Long.class).single()).isZero();
    }

    @Test
    void theStandingAgencyMayCorrectTheUnitOfAnyDossier() throws Exception {
        send("stp.cchc", "nham.csv", HEADER + "\n" + row("T09-C1", "SO_TU_PHAP", 10, 0, "FINISHED")).andExpect(status().isOk());
        send("snv.cchc", "sua.csv", HEADER + "\n" + row("T09-C1", "SO_KHCN", 10, 0, "FINISHED"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsUpdated").value(1));
        assertThat(unitAndStatus("T09-C1")).isEqualTo(unit("SO_KHCN") + "|FINISHED");
    }

    @Test
    void everyDossierAnUploadChangesKeepsItsBeforeAndAfter() throws Exception {
        send("snv.cchc", "dau.csv", HEADER + "\n" + row("T08-H1", "SO_TU_PHAP", 11, 0, "FINISHED")
                + row("T08-H2", "SO_TU_PHAP", 12, 0, "FINISHED") + row("T08-H3", "SO_TU_PHAP", 13, 50000, "FINISHED"))
                .andExpect(status().isOk());
        send("stp.cchc", "sau.csv", HEADER + "\n" + row("T08-H1", "SO_TU_PHAP", 11, 0, "PROCESSING")
                + row("T08-H2", "SO_TU_PHAP", 12, 0, "FINISHED") + row("T08-H3", "SO_TU_PHAP", 13, 1250000, "FINISHED")
                + row("T08-H4", "SO_TU_PHAP", 14, 0, "FINISHED"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsNew").value(1)).andExpect(jsonPath("$.rowsUpdated").value(3));
        // the two that changed have their before and after; the one sent unchanged and the new one have none
        assertThat(jdbc.sql("""
                        select concat(c.code, '|', c.line, '|', c.before ->> 'status', '|', c.after ->> 'status', '|',
                                      c.before ->> 'fee', '|', c.after ->> 'fee', '|', i.actor)
                        from dossier_change c join dossier_ingest i on i.id = c.ingest_id
                        where c.code like 'T08-H%' order by c.code""").query(String.class).list())
                .containsExactly("T08-H1|2|FINISHED|PROCESSING|0|0|stp.cchc", "T08-H3|4|FINISHED|FINISHED|50000|1250000|stp.cchc");
    }

    @Test
    void whoChangedADossierFromFinishedToProcessingIsAnsweredByTheApiAndTheHistoryPage() throws Exception {
        send("snv.cchc", "dau.csv", HEADER + "\n" + row("T08-W1", "SO_TU_PHAP", 15, 0, "FINISHED")).andExpect(status().isOk());
        send("stp.cchc", "sua-trang-thai.csv", HEADER + "\n" + row("T08-W1", "SO_TU_PHAP", 15, 0, "PROCESSING"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers/history").param("code", "T08-W1").with(httpBasic("snv.cchc", "Demo@2026cchc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes.length()").value(1))
                .andExpect(jsonPath("$.changes[0].actor").value("stp.cchc"))
                .andExpect(jsonPath("$.changes[0].fileName").value("sua-trang-thai.csv"))
                .andExpect(jsonPath("$.changes[0].fields[0].column").value("status"))
                .andExpect(jsonPath("$.changes[0].fields[0].before").value("FINISHED"))
                .andExpect(jsonPath("$.changes[0].fields[0].after").value("PROCESSING"));
        mvc.perform(get("/dossiers/history").param("code", "T08-W1").with(as("stp.cchc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trạng thái: FINISHED → PROCESSING")))
                .andExpect(content().string(containsString("Trần Văn Minh (Sở Tư pháp)")));
    }

    @Test
    void onlyTheOwningUnitAndTheStandingAgencyReadADossiersHistory() throws Exception {
        send("stp.cchc", "rieng.csv", HEADER + "\n" + row("T08-R1", "SO_TU_PHAP", 16, 0, "FINISHED")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers/history").param("code", "T08-R1").with(httpBasic("skhcn.cchc", "Demo@2026cchc")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers/history").param("code", "T08-R1").with(httpBasic("xem", "Demo@2026cchc")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/history").param("code", "T08-R1").with(as("skhcn.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers/history").param("code", "T08-R1").with(httpBasic("stp.cchc", "Demo@2026cchc")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changes.length()").value(0));
    }
}
