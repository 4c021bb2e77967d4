package vn.cchc.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.directory.Workbooks.HEADER;
import static vn.cchc.directory.Workbooks.row;

@UsesDemoData("the demo accounts")
class UnitAuditTest extends CchcIntegrationTest {

    private static final String PASSWORD = vn.cchc.demo.DemoAccounts.PASSWORD;

    @Autowired
    ReferenceDataLoader referenceData;
    @Autowired
    UnitCatalogue catalogue;

    @Test
    void anImportedUnitIsAuditedAsCreatedByTheImporter() throws Exception {
        importUnit("X_NHAT_KY", "Xã Nhật Ký", "UBND_TINH");
        Map<String, Object> entry = lastEntry("X_NHAT_KY");
        assertThat(entry.get("action")).isEqualTo("CREATE");
        assertThat(entry.get("actor")).isEqualTo("snv.cchc");
        assertThat(entry.get("before_value")).isNull();
        assertThat((String) entry.get("after_value")).contains("Xã Nhật Ký");
    }

    @Test
    void aStructureChangeIsAuditedWithBeforeAndAfter() throws Exception {
        importUnit("X_NHAT_KY_CHA", "Xã Nhật Ký Cha", "UBND_TINH");
        importUnit("X_NHAT_KY_CHA", "Xã Nhật Ký Cha", "SO_NOI_VU");
        Map<String, Object> entry = lastEntry("X_NHAT_KY_CHA");
        assertThat(entry.get("action")).isEqualTo("UPDATE");
        assertThat((String) entry.get("before_value")).contains("\"parentCode\": \"UBND_TINH\"");
        assertThat((String) entry.get("after_value")).contains("\"parentCode\": \"SO_NOI_VU\"");
    }

    @Test
    void aContactChangeIsAuditedWithBeforeAndAfter() throws Exception {
        mvc.perform(put("/api/v1/units/SO_KHCN/contact").with(httpBasic("skhcn.cchc", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": \"0238 3837 448\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/units/SO_KHCN/contact").with(as("skhcn.cchc")).with(csrf()).param("phone", "0238 3837 449"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> entry = lastEntry("SO_KHCN");
        assertThat(entry.get("actor")).isEqualTo("skhcn.cchc");
        assertThat((String) entry.get("before_value")).contains("0238 3837 448");
        assertThat((String) entry.get("after_value")).contains("0238 3837 449");
    }

    @Test
    void loadingTheReferenceDataAgainChangesNothingAndWritesNoAuditEntry() {
        int before = jdbc.sql("select count(*) from audit_entry where entity_type = 'unit'").query(Integer.class).single();
        ImportResult result = referenceData.load(new ReferenceDirectory());
        assertThat(result.created() + result.updated()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'unit'").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void theProvincesOwnEditSurvivesReloadingTheReferenceData() {
        jdbc.sql("update unit set short_name = 'STP Nghệ An' where code = 'SO_TU_PHAP'").update();
        referenceData.load(new ReferenceDirectory());
        assertThat(jdbc.sql("select short_name from unit where code = 'SO_TU_PHAP'").query(String.class).single())
                .isEqualTo("STP Nghệ An");
        jdbc.sql("update unit set short_name = 'Sở Tư pháp' where code = 'SO_TU_PHAP'").update();
    }

    @Test
    void aCommittedWriteMovesTheCatalogueVersionOn() throws Exception {
        long version = catalogue.version();
        importUnit("X_PHIEN_BAN", "Xã Phiên Bản", "UBND_TINH");
        assertThat(catalogue.version()).isGreaterThan(version);
        assertThat(catalogue.all()).anyMatch(e -> e.unit().code().equals("X_PHIEN_BAN"));
    }

    private void importUnit(String code, String name, String parent) throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(row(code, name, "Xã", parent, "01/07/2025", null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("nhat-ky.xlsx", file))
                .with(httpBasic("snv.cchc", PASSWORD))).andExpect(status().isOk());
    }

    private Map<String, Object> lastEntry(String code) {
        return jdbc.sql("""
                        select action, actor, before_value::text as before_value, after_value::text as after_value
                        from audit_entry where entity_type = 'unit'
                          and entity_id = (select id::text from unit where code = ?)
                        order by id desc limit 1""")
                .param(code).query().singleRow();
    }
}
