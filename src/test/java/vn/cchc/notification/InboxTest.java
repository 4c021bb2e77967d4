package vn.cchc.notification;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A user's inbox is theirs alone: they read it newest first, open a notice to its thing, mark it read once. */
@UsesDemoData("the demo accounts")
class InboxTest extends CchcIntegrationTest {

    @Autowired
    NotificationFixture fixture;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate tx;

    private long officer;

    @BeforeEach
    void officer() {
        officer = fixture.officer();
    }

    /** A notice for the test officer about a task's progress in Sở Xây dựng; returns its id. */
    private long notice(String unitName) {
        long thing = System.nanoTime();
        tx.executeWithoutResult(s -> notifications.send(List.of(new Recipient(officer, "Võ Thị Thu Hà", null)),
                new Notice("task_progress", String.valueOf(thing), Reason.PROGRESS_RETURNED, "/plans/tasks/" + thing,
                        List.of(unitName, "Bổ sung văn bản số 12/SXD-VP"))));
        return jdbc.sql("select id from notification where thing_id = ?").param(String.valueOf(thing)).query(Long.class).single();
    }

    private boolean read(long id) {
        return jdbc.sql("select read_at is not null from notification where id = ?").param(id).query(Boolean.class).single();
    }

    private long auditOf(long id) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'notification' and entity_id = ? and action = 'UPDATE'")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void openingANoticeMarksItReadOnceAndGoesToItsThing() throws Exception {
        long id = notice("Sở Xây dựng");
        String link = jdbc.sql("select link from notification where id = ?").param(id).query(String.class).single();

        for (int i = 0; i < 2; i++) {
            MvcResult r = mvc.perform(post("/notifications/{id}/open", id).with(as(NotificationFixture.OFFICER)).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(302);
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(link);
        }
        assertThat(read(id)).isTrue();
        assertThat(auditOf(id)).as("read once, audited once").isEqualTo(1);
    }

    @Test
    void anotherUserCannotOpenOrReadSomeoneElsesNotice() throws Exception {
        long id = notice("Sở Xây dựng (riêng)");
        MvcResult r = mvc.perform(post("/notifications/{id}/open", id).with(as("stp.cchc")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(read(id)).isFalse();
        assertThat(auditOf(id)).isZero();
        assertThat(page("stp.cchc", "/notifications")).doesNotContain("Sở Xây dựng (riêng)").doesNotContain("notice-" + id);
        assertThat(page(NotificationFixture.OFFICER, "/notifications")).contains("notice-" + id);
    }

    @Test
    void markingAllReadTouchesOnlyTheOwnersNotices() throws Exception {
        long mine = notice("Sở Xây dựng");
        long stpUser = fixture.userId("stp.cchc");
        long thing = System.nanoTime();
        tx.executeWithoutResult(s -> notifications.send(List.of(new Recipient(stpUser, "Trần Văn Minh", null)),
                new Notice("task_progress", String.valueOf(thing), Reason.PROGRESS_CONFIRMED, "/plans/tasks/1", List.of("Sở Tư pháp"))));
        long theirs = jdbc.sql("select id from notification where thing_id = ?").param(String.valueOf(thing)).query(Long.class).single();

        mvc.perform(post("/notifications/read-all").with(as(NotificationFixture.OFFICER)).with(csrf()));

        assertThat(read(mine)).isTrue();
        assertThat(read(theirs)).isFalse();
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(officer)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theInboxShowsTwentyANewestFirstWithUnreadInBoldAndTheBellCountsTheUnread() throws Exception {
        mvc.perform(post("/notifications/read-all").with(as(NotificationFixture.OFFICER)).with(csrf()));
        long first = notice("Sở Xây dựng 1");
        for (int i = 2; i <= 24; i++) {
            notice("Sở Xây dựng " + i);
        }
        long last = notice("Sở Xây dựng 25");

        String html = page(NotificationFixture.OFFICER, "/notifications");
        Matcher ids = Pattern.compile("id=\"notice-(\\d+)\"").matcher(html);
        List<Long> shown = ids.results().map(m -> Long.parseLong(m.group(1))).toList();
        assertThat(shown).hasSize(20).first().isEqualTo(last);
        assertThat(shown).doesNotContain(first);
        assertThat(html).contains("fw-bold").contains("25 chưa đọc");
        assertThat(page(NotificationFixture.OFFICER, "/notifications?page=1")).contains("notice-" + first);

        assertThat(page(NotificationFixture.OFFICER, "/notifications/bell")).contains("data-unread=\"25\"").contains(">25<");
    }

    @Test
    void anOfficerChoosesTheDailyDigestForThemselvesAndTheChoiceIsAudited() throws Exception {
        long audits = jdbc.sql("select count(*) from audit_entry where entity_type = 'notification_preference' and entity_id = ?")
                .param(String.valueOf(officer)).query(Long.class).single();
        mvc.perform(post("/notifications/settings").param("mode", "DAILY").with(as(NotificationFixture.OFFICER)).with(csrf()));
        assertThat(jdbc.sql("select mail_mode from notification_preference where user_id = ?").param(officer)
                .query(String.class).single()).isEqualTo("DAILY");
        assertThat(page(NotificationFixture.OFFICER, "/notifications/settings")).contains("Gửi một thư tổng hợp mỗi ngày");
        mvc.perform(post("/notifications/settings").param("mode", "IMMEDIATE").with(as(NotificationFixture.OFFICER)).with(csrf()));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'notification_preference' and entity_id = ?")
                .param(String.valueOf(officer)).query(Long.class).single()).isEqualTo(audits + 2);
    }
}
