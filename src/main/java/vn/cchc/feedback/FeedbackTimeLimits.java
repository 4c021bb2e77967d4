package vn.cchc.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The time limits in working days, as data: seeded from the decree, edited by the standing agency or the
 * administrator when the rules change. A new limit counts for cases received after the change; a case keeps the due
 * day it got when it was received.
 */
@Service
class FeedbackTimeLimits {

    static final String CLASSIFY = "CLASSIFY";
    static final String ANSWER = "ANSWER";
    static final String REMIND_BEFORE = "REMIND_BEFORE";

    record Limit(String code, int workingDays, String label, String legalBasis) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Clock clock;

    FeedbackTimeLimits(JdbcClient jdbc, AuditLog audit, UnitAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Limit> all() {
        return jdbc.sql("select code, working_days, label, legal_basis from feedback_time_limit order by code")
                .query((rs, n) -> new Limit(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
    }

    @Transactional(readOnly = true)
    public int days(String code) {
        return jdbc.sql("select working_days from feedback_time_limit where code = ?").param(code).query(Integer.class).single();
    }

    /** Sets one limit (1 to 60 working days); the same value again changes nothing. */
    @Transactional
    public void set(String code, String typed) {
        if (!access.isStandingAgency()) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ cơ quan thường trực sửa thời hạn xử lý phản ánh.");
        }
        Limit before = all().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new FeedbackRejected("Thời hạn \"" + code + "\" không có."));
        int days;
        try {
            days = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new FeedbackRejected(before.label() + ": \"" + (typed == null ? "" : typed.strip())
                    + "\" không phải số ngày làm việc (số nguyên từ 1 đến 60).");
        }
        if (days < 1 || days > 60) {
            throw new FeedbackRejected(before.label() + ": " + days + " ngày làm việc không hợp lệ (từ 1 đến 60).");
        }
        if (days == before.workingDays()) {
            return;
        }
        jdbc.sql("update feedback_time_limit set working_days = ?, updated_by = ?, updated_at = ? where code = ?")
                .params(days, CurrentUser.require().username(), Timestamp.from(clock.instant()), code).update();
        audit.updated("feedback_time_limit", code, Map.of("working_days", before.workingDays()),
                Map.of("working_days", days), "Sửa thời hạn xử lý phản ánh: " + before.label() + " = " + days + " ngày làm việc");
    }
}
