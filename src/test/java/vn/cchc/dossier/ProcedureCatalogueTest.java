package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.UsesDemoData;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The procedure catalogue's screen: found without diacritics, filtered, edited by the standing agency only, once. */
@UsesDemoData("the demo accounts and the catalogue's sample procedures (V7_2)")
class ProcedureCatalogueTest extends CchcIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A procedure of this test's own, so that edits leave the sample catalogue as other tests know it. */
    private String aProcedure(String name) {
        String code = "9.8" + String.format("%05d", SEQ.incrementAndGet());
        jdbc.sql("insert into dossier_procedure (code, name, field_code, online_level, fee_bearing) values (?, ?, 'XAY_DUNG', 'PARTIAL', true)")
                .params(code, name).update();
        return code;
    }

    private ResultActions edit(String user, String code, String fee, String days, int version) throws Exception {
        return mvc.perform(post("/procedures/{code}", code).with(as(user)).with(csrf())
                .param("name", "Cấp giấy phép xây dựng có thời hạn").param("field", "XAY_DUNG").param("level", "FULL")
                .param("fee", fee).param("days", days).param("version", String.valueOf(version)));
    }

    private String stored(String code) {
        return jdbc.sql("select concat(name, '|', online_level, '|', fee, '|', processing_days, '|', version) from dossier_procedure where code = ?")
                .param(code).query(String.class).single();
    }

    private long audits(String code) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'dossier_procedure' and entity_id = ?")
                .param(code).query(Long.class).single();
    }

    @Test
    void dangKyKhaiSinhTypedWithoutDiacriticsFindsTheBirthRegistration() throws Exception {
        mvc.perform(get("/procedures").param("q", "dang ky khai sinh").with(as("stp.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">1.000656</a>"), containsString("Đăng ký khai sinh"),
                        not(containsString("Đăng ký kết hôn")))));
    }

    @Test
    void theListNarrowedToCivilStatusAndPartlyOnlineShowsMarriageButNotBirthRegistration() throws Exception {
        mvc.perform(get("/procedures").param("field", "HO_TICH").param("level", "PARTIAL").with(as("xem")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">1.001193</a>"), containsString("Đăng ký kết hôn"),
                        not(containsString(">1.000656</a>")), not(containsString("Chứng thực chữ ký")))));
    }

    @Test
    void oneMillionTwoHundredThousandTypedTheVietnameseWayIsStoredAs1200000AndShownSoAgain() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        edit("snv.cchc", code, "1.200.000", "15", 0).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "procedure.edit.saved"));
        assertThat(stored(code)).isEqualTo("Cấp giấy phép xây dựng có thời hạn|FULL|1200000|15|1");
        mvc.perform(get("/procedures/{code}", code).with(as("snv.cchc")))
                .andExpect(content().string(containsString("value=\"1.200.000\"")));
    }

    @Test
    void anEditIsAuditedWithTheFeeBeforeAndAfter() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        edit("snv.cchc", code, "500.000", "", 0).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select concat(before_value ->> 'fee', '>', after_value ->> 'fee') from audit_entry where entity_type = 'dossier_procedure' and entity_id = ?")
                .param(code).query(String.class).single()).isEqualTo("0>500000");
    }

    @Test
    void aFeeWithADecimalDotIsRefusedWithHowToWriteItAndNothingChanges() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        edit("snv.cchc", code, "1200.000", "15", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dấu chấm tách từng nhóm ba chữ số hàng nghìn: 1.200.000")));
        assertThat(stored(code)).isEqualTo("Cấp giấy phép xây dựng|PARTIAL|0||0");
        assertThat(audits(code)).isZero();
    }

    @Test
    void aProcessingTimeOfHalfADayIsRefused() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        edit("snv.cchc", code, "0", "0,5", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("phải là số ngày làm việc nguyên từ 1 đến 365")));
        assertThat(stored(code)).endsWith("|0");
    }

    @Test
    void aUnitOfficerCannotEditTheCatalogue() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        edit("stp.cchc", code, "1.000.000", "10", 0).andExpect(status().isForbidden());
        assertThat(stored(code)).isEqualTo("Cấp giấy phép xây dựng|PARTIAL|0||0");
        mvc.perform(get("/procedures/{code}", code).with(as("stp.cchc")))
                .andExpect(content().string(not(containsString("id=\"procedure-form\""))));
    }

    @Test
    void anEditOfAVersionSomeoneElseChangedIsRefusedAndKeepsTheirChange() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        jdbc.sql("update dossier_procedure set fee = 300000, version = version + 1 where code = ?").param(code).update();
        edit("snv.cchc", code, "1.200.000", "15", 0).andExpect(flash().attribute("flashError", "procedure.edit.stale"));
        assertThat(stored(code)).isEqualTo("Cấp giấy phép xây dựng|PARTIAL|300000||1");
    }

    @Test
    void theSameFormSentTwiceSavesAndAuditsOnce() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        edit("snv.cchc", code, "1.200.000", "15", 0).andExpect(flash().attribute("flashSuccess", "procedure.edit.saved"));
        edit("snv.cchc", code, "1.200.000", "15", 0).andExpect(flash().attribute("flashSuccess", "procedure.edit.unchanged"));
        assertThat(stored(code)).endsWith("|1");
        assertThat(audits(code)).isOne();
    }

    @Test
    void tenSimultaneousSendsOfTheSameFormSaveOnce() throws Exception {
        String code = aProcedure("Cấp giấy phép xây dựng");
        List<String> outcomes = Parallel.times(10, () -> String.valueOf(edit("snv.cchc", code, "1.200.000", "15", 0)
                .andReturn().getFlashMap().values()));
        assertThat(outcomes).filteredOn(o -> o.contains("procedure.edit.saved")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.contains("procedure.edit.unchanged")).hasSize(9);
        assertThat(stored(code)).endsWith("|1");
        assertThat(audits(code)).isOne();
    }

    @Test
    void anUnknownProcedureCodeInADossierFileLinksToTheCatalogue() throws Exception {
        String csv = "code,procedure_code,unit_code,received_at,due_at,channel\n"
                + "LIENKET-1,9.999999,SO_TU_PHAP,05/01/2025 08:00,10/01/2025 17:00,Trực tuyến\n";
        String result = mvc.perform(multipart("/dossiers/upload-form").file(new MockMultipartFile("file", "ho-so-stp.csv", "text/csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(result).with(as("stp.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Không có thủ tục mã &#39;9.999999&#39; trong danh mục."),
                        containsString("class=\"procedure-catalogue-link\" href=\"/procedures\""))));
    }
}
