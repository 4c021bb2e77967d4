package vn.cchc.propaganda;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.VietnameseFolding;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A unit logs what it published or held for a content of a propaganda orientation or plan: only for itself, with
 * the count written the Vietnamese way ("1.200"), the outlet from the province's list, and a link or a file checked
 * like a task's evidence. The same output logged twice is stored once; every stored output is audited.
 */
@Service
class PropagandaOutputs {

    /** The outputs that only appear in an outlet: for them the outlet is required. */
    private static final Set<OutputKind> PUBLISHED = Set.of(OutputKind.NEWS_ARTICLE, OutputKind.REPORTAGE, OutputKind.BROADCAST);
    private static final int MAX_COUNT = 100_000;

    record OutputForm(String unitCode, Long contentId, OutputKind kind, String count, LocalDate publishedOn,
                      String outlet, String title, String link) {
    }

    record Upload(String filename, byte[] content) {
    }

    record Logged(long id, boolean created) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Directory directory;
    private final Plans plans;
    private final Clock clock;
    private final UploadCheck fileRule;
    private final OutletAccounts outletAccounts;

    PropagandaOutputs(JdbcClient jdbc, AuditLog audit, UnitAccess access, Directory directory, Plans plans, Clock clock,
                      @Value("${cchc.plan.evidence.max-bytes:20971520}") long maxBytes, OutletAccounts outletAccounts) {
        this.jdbc = jdbc;
        this.outletAccounts = outletAccounts;
        this.audit = audit;
        this.access = access;
        this.directory = directory;
        this.plans = plans;
        this.clock = clock;
        this.fileRule = UploadCheck.evidence(maxBytes);
    }

    @Transactional
    public Logged log(OutputForm form, Upload file) {
        UnitRef unit = form.unitCode() == null ? null : directory.findByCode(form.unitCode().strip()).orElse(null);
        if (unit == null || !access.canChange(unit.id())) {
            throw new AccessDeniedException("Đơn vị chỉ ghi nhận sản phẩm tuyên truyền của chính mình.");
        }
        return store(unit, form, file);
    }

    /**
     * An outlet's account logs what its outlet ran for a content: for the account's own unit and its own outlet only,
     * whatever the form names, under the same rules as a unit's output.
     */
    @Transactional
    public Logged logForOutlet(String outletCode, OutputForm form) {
        String own = outletAccounts.ofCurrentUser().map(PropagandaTallies.Outlet::code).orElse(null);
        if (own == null || !own.equals(outletCode)) {
            throw new AccessDeniedException("Cơ quan báo chí chỉ ghi nhận sản phẩm đăng, phát trên cơ quan mình.");
        }
        UnitRef unit = directory.findById(CurrentUser.require().unitId()).orElseThrow(() ->
                new AccessDeniedException("Tài khoản không thuộc đơn vị nào trong danh mục."));
        return store(unit, new OutputForm(unit.code(), form.contentId(), form.kind(), form.count(), form.publishedOn(), own,
                form.title(), form.link()), null);
    }

    private Logged store(UnitRef unit, OutputForm form, Upload file) {
        List<String> problems = new ArrayList<>();
        TaskRow content = form.contentId() == null ? null : plans.task(form.contentId()).orElse(null);
        if (content == null) {
            problems.add("Nội dung tuyên truyền: " + (form.contentId() == null ? "chưa chọn." : "không có nội dung số " + form.contentId() + "."));
        }
        if (form.kind() == null) {
            problems.add("Loại sản phẩm: chưa chọn.");
        }
        Integer count = count(form.count(), problems);
        if (form.publishedOn() == null) {
            problems.add("Ngày đăng, phát hoặc tổ chức: chưa có.");
        } else if (form.publishedOn().isAfter(LocalDate.now(clock))) {
            problems.add("Ngày đăng, phát hoặc tổ chức: " + vn.cchc.vietnamese.VietnameseDates.format(form.publishedOn()) + " chưa đến.");
        }
        Long outletId = outlet(form.outlet(), form.kind(), problems);
        if (form.title() == null || form.title().isBlank()) {
            problems.add("Tên sản phẩm: chưa có.");
        }
        String link = form.link() == null || form.link().isBlank() ? null : form.link().strip();
        if (link != null && !isWebLink(link)) {
            problems.add("Đường dẫn: \"" + link + "\" không phải địa chỉ http:// hoặc https://.");
        }
        String contentType = null;
        if (file != null && file.content() != null && file.content().length > 0) {
            UploadResult checked = fileRule.check(file.content());
            if (!checked.isAccepted()) {
                problems.add("Tệp đính kèm \"" + file.filename() + "\": " + fileRule.refusalText(checked.refusal()));
            } else {
                contentType = checked.kind().contentType();
            }
        }
        if (!problems.isEmpty()) {
            throw new OutputRejected(problems);
        }
        Optional<Long> id = jdbc.sql("""
                        insert into propaganda_output (unit_id, task_id, kind, count, published_on, outlet_id, title, link, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(unit.id(), content.id(), form.kind().name(), count, form.publishedOn(), outletId,
                        form.title().strip(), link, CurrentUser.require().username())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            long existing = jdbc.sql("""
                            select id from propaganda_output where unit_id = ? and task_id = ? and kind = ? and published_on = ?
                              and coalesce(outlet_id, 0) = ? and title = ? and coalesce(link, '') = ?""")
                    .params(unit.id(), content.id(), form.kind().name(), form.publishedOn(), outletId == null ? 0 : outletId,
                            form.title().strip(), link == null ? "" : link).query(Long.class).single();
            return new Logged(existing, false);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", unit.name());
        after.put("content_id", content.id());
        after.put("kind", form.kind().name());
        after.put("count", count);
        after.put("published_on", form.publishedOn().toString());
        after.put("outlet_id", outletId);
        after.put("title", form.title().strip());
        after.put("link", link);
        if (contentType != null) {
            jdbc.sql("""
                            insert into propaganda_output_file (output_id, filename, content_type, size_bytes, sha256, content)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id.get(), file.filename(), contentType, file.content().length, sha256(file.content()), file.content())
                    .update();
            after.put("file", file.filename());
        }
        audit.created("propaganda_output", id.get(), after, "Ghi nhận sản phẩm tuyên truyền: " + form.title().strip());
        return new Logged(id.get(), true);
    }

    private static Integer count(String text, List<String> problems) {
        try {
            BigDecimal n = VietnameseNumbers.parse(text);
            if (n == null) {
                problems.add("Số lượng: chưa có.");
            } else if (n.stripTrailingZeros().scale() > 0 || n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
                problems.add("Số lượng: \"" + text.strip() + "\" phải là số nguyên từ 1 đến " + VietnameseNumbers.format(MAX_COUNT) + ".");
            } else {
                return n.intValueExact();
            }
        } catch (NotVietnameseNumber e) {
            problems.add("Số lượng: \"" + text.strip() + "\" không phải số viết theo kiểu Việt Nam" +
                    (e.suggestion() == null ? "." : " (viết là " + e.suggestion() + ")."));
        }
        return null;
    }

    /** The outlet named by its code or its name (any spelling of the list's aliases); an unknown one is a problem. */
    private Long outlet(String typed, OutputKind kind, List<String> problems) {
        if (typed == null || typed.isBlank()) {
            if (kind != null && PUBLISHED.contains(kind)) {
                problems.add("Cơ quan báo chí: chưa có (bắt buộc với tin, bài, phóng sự, chương trình phát thanh, truyền hình).");
            }
            return null;
        }
        String folded = VietnameseFolding.fold(typed.strip()).replaceAll("\\s+", " ");
        List<Long> found = jdbc.sql("select id from propaganda_outlet where code = ? or ? = any(aliases)")
                .params(typed.strip(), folded).query(Long.class).list();
        if (found.isEmpty()) {
            List<String> known = jdbc.sql("select name from propaganda_outlet order by name").query(String.class).list();
            problems.add("Cơ quan báo chí: không có \"" + typed.strip() + "\" trong danh sách (" + String.join(", ", known) + ").");
            return null;
        }
        return found.get(0);
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
