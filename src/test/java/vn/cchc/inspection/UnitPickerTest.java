package vn.cchc.inspection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection plan, inspection record and meeting forms list no units: each unit picker is a search box whose hits
 * (at most twenty, from two characters, without diacritics) are radios named as the form's field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPickerTest extends CchcIntegrationTest {

    private static final List<String> FORMS = List.of("/inspections/new", "/meetings/new", "/inspections/plans/new");

    @Autowired
    ApplicationContext context;

    InspectionFixtures people;

    @BeforeAll
    void accounts() {
        people = new InspectionFixtures(context);
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).with(as(people.standingAgency))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String hits(String field, String typed) throws Exception {
        return mvc.perform(get("/inspections/unit-picks").param("field", field).param("q", typed).with(as(people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String regex, String html) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** 2,000 more communes, in this test's transaction. */
    private void twoThousandMoreCommunes() {
        jdbc.sql("""
                        insert into unit (code, name, kind, search_key)
                        select 'XA_CHON_' || g, 'Xã Chọn Thử ' || g, 'COMMUNE', 'xa chon thu ' || g
                        from generate_series(1, 2000) g""").update();
    }

    @Test
    @Transactional
    void theFormsHaveAsManyOptionsWithTwoThousandMoreUnits() throws Exception {
        List<Integer> before = FORMS.stream().map(this::optionsOf).toList();
        twoThousandMoreCommunes();

        assertThat(FORMS.stream().map(this::optionsOf).toList()).isEqualTo(before);
        assertThat(html("/inspections/new")).doesNotContain("Sở Tư pháp").doesNotContain("Xã Chọn Thử");
    }

    private int optionsOf(String form) {
        try {
            return count("<option", html(form));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void soTuPhapTypedWithoutDiacriticsIsAHitNamedAsTheField() throws Exception {
        assertThat(hits("recUnit3", "so tu phap"))
                .contains("Sở Tư pháp").contains("type=\"radio\" name=\"recUnit3\" value=\"SO_TU_PHAP\"");
    }

    @Test
    void oneLetterAsksForAtLeastTwo() throws Exception {
        String html = hits("unitCode", "s");
        assertThat(html).contains("Gõ ít nhất 2 ký tự");
        assertThat(count("type=\"radio\"", html)).isZero();
    }

    @Test
    @Transactional
    void twoThousandMatchingCommunesShowTwentyAndAskForMore() throws Exception {
        twoThousandMoreCommunes();

        String html = hits("conUnit0", "xa chon thu");
        assertThat(count("type=\"radio\" name=\"conUnit0\"", html)).isEqualTo(UnitPicks.HITS);
        assertThat(html).contains("Chỉ hiện 20 đơn vị đầu tiên");
    }

    @Test
    void aFieldTheFormsDoNotHaveIsRefused() throws Exception {
        mvc.perform(get("/inspections/unit-picks").param("field", "password").param("q", "so tu phap")
                .with(as(people.standingAgency))).andExpect(status().isBadRequest());
    }

    @Test
    void aUnitOfficerCannotSearchThePickers() throws Exception {
        mvc.perform(get("/inspections/unit-picks").param("field", "unitCode").param("q", "so tu phap")
                .with(as(people.justiceOfficer))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitPickedFromTheHitsIsTheInspectedUnitOfTheRecord() throws Exception {
        Matcher picked = Pattern.compile("name=\"unitCode\" value=\"([^\"]+)\"").matcher(hits("unitCode", "so tu phap"));
        assertThat(picked.find()).isTrue();
        String number = InspectionFixtures.noticeNumber();

        mvc.perform(post("/inspections/new").with(as(people.standingAgency)).with(csrf())
                        .param("surprise", "on").param("kind", "ADMINISTRATIVE_REFORM").param("q", "so tu phap")
                        .param("unitCode", picked.group(1))
                        .param("inspectedOn", "12/05/2020").param("noticeNumber", number).param("noticeDate", "15/05/2020"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select u.name from inspection i join unit u on u.id = i.unit_id where i.notice_number = ?")
                .param(number).query(String.class).single()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void aFormShownAgainKeepsTheUnitPicked() throws Exception {
        String page = mvc.perform(post("/inspections/new").with(as(people.standingAgency)).with(csrf())
                        .param("surprise", "on").param("kind", "ADMINISTRATIVE_REFORM").param("unitCode", "SO_TU_PHAP")
                        .param("noticeNumber", InspectionFixtures.noticeNumber()).param("noticeDate", "15/05/2020"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Ngày kiểm tra: chưa có.")
                .contains("type=\"radio\" checked name=\"unitCode\" value=\"SO_TU_PHAP\"");
    }
}
