package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The heatmap is computed once and kept; a dossier upload makes the next view compute it again. */
@UsesDemoData("the demo accounts")
class HeatmapAfterUploadTest extends CchcIntegrationTest {

    private static final Pattern PROVINCE_ROW = Pattern.compile("<tr id=\"heat-TINH\".*?</tr>", Pattern.DOTALL);

    private String provinceRow(String period) throws Exception {
        String html = mvc.perform(get("/indicators/heatmap").param("period", period).with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher row = PROVINCE_ROW.matcher(html);
        assertThat(row.find()).as("the province's row of the heatmap").isTrue();
        return row.group();
    }

    @Test
    void dossiersUploadedAfterAViewAreOnTheNextViewOfTheHeatmap() throws Exception {
        String before = provinceRow("2015-Q1");
        assertThat(provinceRow("2015-Q1")).isEqualTo(before);

        mvc.perform(post("/api/v1/dossiers/ingest").param("name", "quy-1-2015.csv").contentType("text/csv")
                        .content(DossierFiles.handComputed("HM15-", 2015, "SO_XAY_DUNG", "X_QUE_PHONG")
                                .getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic("snv.cchc", "Demo@2026cchc")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsNew").value(9));

        assertThat(provinceRow("2015-Q1")).isNotEqualTo(before);
    }
}
