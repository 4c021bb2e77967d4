package vn.cchc.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice is written by a module listener after the request that caused it has committed, on another thread; its
 * audit entry still carries that request's id, so one id finds the whole story in the audit log.
 */
@UsesDemoData("the demo accounts and reports")
class NoticeRequestIdTest extends CchcIntegrationTest {

    @Autowired
    NotificationFixture fixture;

    @Test
    void theNoticeOfAReturnedReportIsAuditedUnderTheIdOfTheRequestThatReturnedIt() throws Exception {
        long report = fixture.submitAndReturn(mvc, "Thiếu số liệu hồ sơ trực tuyến của quý");
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "ind_report", report, Reason.REPORT_RETURNED);

        String returned = jdbc.sql("""
                        select request_id from audit_entry where entity_type = 'ind_report' and entity_id = ?
                        order by id desc limit 1""").param(String.valueOf(report)).query((rs, n) -> rs.getString(1)).single();
        String noticed = jdbc.sql("select request_id from audit_entry where entity_type = ? and entity_id = ?")
                .params(Notifications.ENTITY, String.valueOf(notice)).query((rs, n) -> rs.getString(1)).single();

        assertThat(returned).matches("[0-9a-f]{16}");
        assertThat(noticed).isEqualTo(returned);
    }
}
