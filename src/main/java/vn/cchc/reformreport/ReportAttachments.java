package vn.cchc.reformreport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.UnitRef;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files attached to a unit's report while it is being edited, checked by content and size like task evidence; the
 * same file twice is kept once.
 */
@Service
@Transactional(readOnly = true)
class ReportAttachments {

    record Attachment(long id, String filename, String contentType, long sizeBytes, String uploadedBy, OffsetDateTime createdAt) {
    }

    record Content(String filename, String contentType, byte[] bytes, long unitId) {
    }

    private static final int MAX_PER_REPORT = 20;

    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final AuditLog audit;
    private final UploadCheck rule;

    ReportAttachments(JdbcClient jdbc, UnitAccess access, AuditLog audit,
                      @Value("${cchc.plan.evidence.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.rule = UploadCheck.evidence(maxBytes);
    }

    List<Attachment> of(long reportId) {
        return jdbc.sql("""
                        select id, filename, content_type, size_bytes, uploaded_by, created_at
                        from reform_report_attachment where report_id = ? order by id""").param(reportId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    @Transactional
    void attach(UnitRef unit, ReformReport report, String filename, byte[] content) {
        CchcUser user = CurrentUser.require();
        if (!access.canChange(unit.id())) {
            throw new AccessDeniedException("reformreport.error.notYourUnit");
        }
        report.requireEditable();
        UploadResult result = rule.check(content);
        if (!result.isAccepted()) {
            throw new ReformReportRefused("reformreport.error.file." + result.refusal(), safeName(filename));
        }
        if (of(report.id()).size() >= MAX_PER_REPORT) {
            throw new ReformReportRefused("reformreport.error.tooManyFiles", MAX_PER_REPORT);
        }
        String sha = sha256(content);
        Long id = jdbc.sql("""
                        insert into reform_report_attachment (report_id, filename, content_type, size_bytes, sha256, content, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (report_id, sha256) do nothing returning id""")
                .params(report.id(), safeName(filename), result.kind().contentType(), content.length, sha, content, user.username())
                .query(Long.class).optional().orElse(null);
        if (id != null) {
            audit.created("reform_report_attachment", id, Map.of("report", report.id(), "file", safeName(filename),
                    "sha256", sha, "bytes", content.length), "Đính kèm tệp vào báo cáo CCHC " + report.periodKey() + " của " + unit.code());
        }
    }

    Optional<Content> content(long attachmentId) {
        return jdbc.sql("""
                        select a.filename, a.content_type, a.content, r.unit_id from reform_report_attachment a
                        join reform_report r on r.id = a.report_id where a.id = ?""").param(attachmentId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getLong(4))).optional();
    }

    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "tep-dinh-kem";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\r\\n\"]", "_");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
