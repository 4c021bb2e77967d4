package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A dossier file may name channels and statuses in the words an officer writes, or by their codes, or both. */
@UsesDemoData("the demo accounts")
class DossierLabelsTest extends CchcIntegrationTest {

    private static final String HEADER = "Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày tiếp nhận,Hạn xử lý,Ngày hoàn thành,Kênh nộp,Trạng thái";

    private ResultActions send(String name, String csv) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/ingest").param("name", name).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic("snv.cchc", "Demo@2026cchc")));
    }

    private String stored(String code) {
        return jdbc.sql("select concat(channel, '|', status) from dossier where code = ?").param(code)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aFileMixingVietnameseLabelsAndCodesIsStoredAsTheCodes() throws Exception {
        String csv = HEADER + "\n"
                + "NL08-1,2.000488,SO_TU_PHAP,05/01/2008 08:00,10/01/2008 17:00,09/01/2008 10:00,Trực tuyến,Đã trả kết quả\n"
                + "NL08-2,2.000488,SO_TU_PHAP,06/01/2008 08:00,10/01/2008 17:00,08/01/2008 15:00,TRUC TIEP,hoàn thành\n"
                + "NL08-3,2.000488,SO_TU_PHAP,07/01/2008 08:00,12/01/2008 17:00,11/01/2008 09:00,Bưu chính công ích,FINISHED\n"
                + "NL08-4,2.000488,SO_TU_PHAP,07/01/2008 08:00,12/01/2008 17:00,11/01/2008 09:00,2,dang xu ly\n";
        send("ho-so-nhan.csv", csv).andExpect(status().isOk()).andExpect(jsonPath("$.rowsRead").value(4));
        assertThat(stored("NL08-1")).isEqualTo("2|RETURNED");
        assertThat(stored("NL08-2")).isEqualTo("1|FINISHED");
        assertThat(stored("NL08-3")).isEqualTo("3|FINISHED");
        assertThat(stored("NL08-4")).isEqualTo("2|PROCESSING");
    }

    @Test
    void aChannelThatIsNeitherANumberNorALabelIsARowErrorListingTheAcceptedLabels() throws Exception {
        String csv = HEADER + "\n"
                + "NL08-5,2.000488,SO_TU_PHAP,05/02/2008 08:00,10/02/2008 17:00,09/02/2008 10:00,Trực tuyến,Đã trả kết quả\n"
                + "NL08-6,2.000488,SO_TU_PHAP,05/02/2008 08:00,10/02/2008 17:00,09/02/2008 10:00,Zalo,Đã trả kết quả\n";
        send("kenh-sai.csv", csv).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("channel"))
                .andExpect(jsonPath("$.errors[0].message",
                        allOf(containsString("'Zalo'"), containsString("Trực tiếp"), containsString("Trực tuyến"),
                                containsString("Bưu chính"))));
        assertThat(stored("NL08-5")).isNull();
    }

    @Test
    void aStatusThatIsNeitherACodeNorALabelIsARowErrorListingTheAcceptedLabels() throws Exception {
        String csv = HEADER + "\n"
                + "NL08-7,2.000488,SO_TU_PHAP,05/03/2008 08:00,10/03/2008 17:00,09/03/2008 10:00,1,Đã xong rồi\n";
        send("trang-thai-sai.csv", csv).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("status"))
                .andExpect(jsonPath("$.errors[0].message",
                        allOf(containsString("'Đã xong rồi'"), containsString("Đã trả kết quả"), containsString("Đang xử lý"))));
        assertThat(stored("NL08-7")).isNull();
    }
}
