package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A decision whose plan table is a separate appendix file: imported as a draft, the appendix joins it once. */
@UsesDemoData("the demo accounts")
class PlanAppendixTest extends CchcIntegrationTest {

    private static final String APPENDIX = """
            PHỤ LỤC: NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2022
            STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm
            1\tRà soát, cập nhật dữ liệu dân cư của các cơ quan, đơn vị\tCông an tỉnh\tCác sở, ban, ngành\tQuý II/2022\tBáo cáo kết quả
            2\tTriển khai dịch vụ công trực tuyến thiết yếu\tVăn phòng UBND tỉnh\tSở Thông tin và Truyền thông\tCuối quý III, đầu quý IV/2022\tDịch vụ công vận hành
            """;

    private long importDecision() throws Exception {
        byte[] decision;
        try (InputStream in = getClass().getResourceAsStream("/corpus/docs/08-daknong-chuyen-doi-so-2022-468-QD-UBND.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            decision = all.substring(all.indexOf("\n\n") + 2).getBytes(StandardCharsets.UTF_8);
        }
        MvcResult r = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "468-QD-UBND.txt", "text/plain",
                        decision)).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void attach(long id) throws Exception {
        mvc.perform(multipart("/plans/import/{id}/appendix", id).file(new MockMultipartFile("file", "phu-luc.txt", "text/plain",
                APPENDIX.getBytes(StandardCharsets.UTF_8))).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String draft(long id) {
        return jdbc.sql("select draft::text from plan_import where id = ?").param(id).query(String.class).single();
    }

    private int taskCount(long id) {
        return jdbc.sql("select jsonb_array_length(draft -> 'tasks') from plan_import where id = ?").param(id)
                .query(Integer.class).single();
    }

    @Test
    void aDecisionWithoutItsTableIsADraftThatSaysSoFirstAndOffersToAttachTheAppendix() throws Exception {
        long id = importDecision();

        assertThat(taskCount(id)).isZero();
        mvc.perform(get("/plans/import/{id}", id).with(as("snv.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy bảng nhiệm vụ; có thể bảng nằm ở phụ lục riêng")))
                .andExpect(content().string(containsString("id=\"review-appendix\"")))
                .andExpect(content().string(containsString("value=\"468/QĐ-UBND\"")));
    }

    @Test
    void theAppendixTableJoinsTheSameDraftOnceEvenWhenAttachedTwice() throws Exception {
        long id = importDecision();

        attach(id);
        attach(id);

        assertThat(taskCount(id)).isEqualTo(2);
        assertThat(draft(id)).contains("Rà soát, cập nhật dữ liệu dân cư").contains("468/QĐ-UBND")
                .doesNotContain("Không tìm thấy bảng nhiệm vụ");
        long audited = jdbc.sql("select count(*) from audit_entry where entity_type = 'plan_import' and entity_id = ? and action = 'UPDATE'")
                .param(String.valueOf(id)).query(Long.class).single();
        assertThat(audited).as("the second, identical appendix writes nothing").isEqualTo(1);
    }

    @Test
    void onlyTheStandingAgencyAttachesAnAppendix() throws Exception {
        long id = importDecision();

        mvc.perform(multipart("/plans/import/{id}/appendix", id).file(new MockMultipartFile("file", "phu-luc.txt", "text/plain",
                APPENDIX.getBytes(StandardCharsets.UTF_8))).with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(taskCount(id)).isZero();
    }
}
