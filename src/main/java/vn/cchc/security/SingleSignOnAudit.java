package vn.cchc.security;

import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-ins through the province's identity provider in the audit log, beside the form login's failures
 * ({@link SignInAttempts}): the same entity type {@code sign_in}, with {@code method} = {@code SSO} and the provider's
 * subject, so one filter shows every way in.
 */
class SingleSignOnAudit {

    /** A claim longer than this is not a username of ours; cut so the audit log stays bounded. */
    private static final int MAX_CLAIM = 64;

    enum Refusal { NO_CLAIM, UNKNOWN_USER, DISABLED, LOCKED, UNIT_MISMATCH }

    private final AuditLog auditLog;
    private final Users users;

    SingleSignOnAudit(AuditLog auditLog, Users users) {
        this.auditLog = auditLog;
        this.users = users;
    }

    /** The account's last sign-in and its audit entry, together. */
    @Transactional
    public void signedIn(CchcUser user, String subject, String address) {
        users.recordSuccess(user.username());
        Map<String, Object> after = entry(user.username(), subject, address);
        after.put("result", "SIGNED_IN");
        auditLog.created("sign_in", user.username(), after, "Đăng nhập bằng tài khoản một cửa của tỉnh: “"
                + user.username() + "” từ " + address);
    }

    @Transactional
    public void refused(Refusal reason, String claimed, String subject, String address) {
        String typed = cut(claimed);
        Map<String, Object> after = entry(typed, subject, address);
        after.put("reason", reason.name());
        auditLog.created("sign_in", typed, after, "Đăng nhập bằng tài khoản một cửa của tỉnh không thành công với tên “"
                + typed + "” từ " + address + " (" + text(reason) + ")");
    }

    private static Map<String, Object> entry(String username, String subject, String address) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("method", "SSO");
        after.put("username", username);
        after.put("subject", cut(subject));
        after.put("address", address);
        return after;
    }

    private static String text(Refusal reason) {
        return switch (reason) {
            case NO_CLAIM -> "hệ thống một cửa không gửi tên đăng nhập";
            case UNKNOWN_USER -> "không có tài khoản CCHC với tên này";
            case DISABLED -> "tài khoản đã bị vô hiệu hóa";
            case LOCKED -> "tài khoản đang bị khóa";
            case UNIT_MISMATCH -> "đơn vị không khớp với tài khoản CCHC";
        };
    }

    private static String cut(String value) {
        String v = value == null ? "" : value.strip();
        return v.length() <= MAX_CLAIM ? v : v.substring(0, MAX_CLAIM);
    }
}
