package vn.cchc.notification;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A notice links to a page of this application only, since opening it redirects there. */
class NoticeTest {

    @Test
    void aNoticeLinksToAPathOfTheApplication() {
        Notice n = new Notice("plan", "7", Reason.PLAN_PUBLISHED_LEAD, "/plans/7", List.of(" năm 2025"));
        assertThat(n.link()).isEqualTo("/plans/7");
    }

    @Test
    void aNoticeLinkingToAnotherSiteIsRefused() {
        assertThatThrownBy(() -> new Notice("plan", "7", Reason.PLAN_PUBLISHED_LEAD, "//lua-dao.example/dang-nhap", List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("plan", "7", Reason.PLAN_PUBLISHED_LEAD, "https://lua-dao.example", List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
