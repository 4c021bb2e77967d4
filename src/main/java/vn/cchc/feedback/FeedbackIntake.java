package vn.cchc.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.calendar.WorkingDays;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;
import vn.cchc.security.AddressQuota;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a citizen sends without an account: a case (with the contact details Decree 20/2008 asks for: name, address,
 * and a phone number or an e-mail address) and, while the case waits for them, the information asked. Every check
 * runs before anything is written; the tracking code is returned only from the committed transaction that stored the
 * case, its files, its first step and its audit entry. One address may send {@code cchc.feedback.per-address} cases
 * per {@code cchc.feedback.window}.
 */
@Service
public class FeedbackIntake {

    static final String QUOTA = "feedback";
    static final String REPLY_QUOTA = "feedback-reply";
    static final int MAX_FILES = 3;
    static final int MAX_CONTENT = 10_000;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{8,10}");

    /** The form as typed; {@code key} is the form's one-time key, so a double click stores one case. */
    public record Submission(UUID key, FeedbackKind kind, String name, String address, String phone, String email,
                             String title, String content, String agency) {
    }

    public record Upload(String filename, byte[] content) {
    }

    /** The tracking code, and whether this submission stored the case (false: the same form was sent before). */
    public record Receipt(String code, boolean created) {
    }

    private final Feedbacks cases;
    private final AuditLog audit;
    private final AddressQuota quota;
    private final AgencyResolver agencies;
    private final WorkingDays workingDays;
    private final FeedbackTimeLimits limits;
    private final Clock clock;
    private final UploadCheck fileRule;
    private final int perAddress;
    private final Duration window;
    private final SecureRandom random = new SecureRandom();

    FeedbackIntake(Feedbacks cases, AuditLog audit, AddressQuota quota, AgencyResolver agencies, WorkingDays workingDays,
                   FeedbackTimeLimits limits, Clock clock,
                   @Value("${cchc.feedback.attachment.max-bytes:10485760}") long maxBytes,
                   @Value("${cchc.feedback.per-address:5}") int perAddress,
                   @Value("${cchc.feedback.window:PT1H}") Duration window) {
        this.cases = cases;
        this.audit = audit;
        this.quota = quota;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.limits = limits;
        this.clock = clock;
        this.fileRule = UploadCheck.evidence(maxBytes);
        this.perAddress = perAddress;
        this.window = window;
    }

    @Transactional
    public Receipt submit(Submission form, List<Upload> uploads, String fromAddress) {
        UUID key = form.key() == null ? UUID.randomUUID() : form.key();
        var earlier = cases.codeOfSubmission(key);
        if (earlier.isPresent()) {
            return new Receipt(earlier.get(), false);
        }
        List<String> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add("Loại phản ánh: chưa chọn (về quy định hành chính hay về hành vi của cán bộ).");
        }
        String name = required(form.name(), "Họ và tên", 200, problems);
        String address = required(form.address(), "Địa chỉ", 500, problems);
        String phone = blankToNull(form.phone());
        String email = blankToNull(form.email());
        if (phone == null && email == null) {
            problems.add("Số điện thoại hoặc thư điện tử: cần ít nhất một cách để cơ quan liên hệ với bạn.");
        }
        if (phone != null && !PHONE.matcher(phone.replaceAll("[\\s.-]", "")).matches()) {
            problems.add("Số điện thoại: \"" + phone + "\" không phải số điện thoại Việt Nam (ví dụ 0912 345 678).");
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add("Thư điện tử: \"" + email + "\" không phải địa chỉ thư điện tử (ví dụ ten@example.vn).");
        }
        String title = required(form.title(), "Tiêu đề", 300, problems);
        String content = required(form.content(), "Nội dung", MAX_CONTENT, problems);
        List<Upload> files = uploads == null ? List.of() : uploads.stream()
                .filter(u -> u.content() != null && u.content().length > 0).toList();
        List<String> contentTypes = checkFiles(files, problems);
        if (!problems.isEmpty()) {
            throw new FeedbackRejected(problems);
        }
        if (!quota.take(fromAddress, QUOTA, perAddress, window)) {
            throw new QuotaExceeded("Địa chỉ mạng của bạn đã gửi " + perAddress + " phản ánh trong "
                    + windowText() + " qua, đã đủ số lần cho phép. Vui lòng gửi lại sau " + windowText() + ".");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String agency = blankToNull(form.agency());
        Long suggested = agency == null ? null : agencies.resolve(agency, today).stream()
                .filter(a -> a.unit() != null).map(ResolvedAgency::unit).map(u -> u.id()).findFirst().orElse(null);
        LocalDate due = workingDays.add(today, limits.days(FeedbackTimeLimits.ANSWER));
        String code = newCode();
        long id = cases.insert(new Feedbacks.NewCase(code, key, form.kind(), name, address, phone, email, title, content,
                agency, suggested, today, now, due, fromAddress == null ? "unknown" : fromAddress, null)).orElseThrow();
        for (int i = 0; i < files.size(); i++) {
            Upload f = files.get(i);
            cases.addFile(id, fileName(f.filename()), contentTypes.get(i), f.content(), sha256(f.content()));
        }
        cases.step(id, FeedbackStatus.RECEIVED, today, now, null, "citizen");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("kind", form.kind().name());
        after.put("title", title);
        after.put("due_on", due.toString());
        after.put("suggested_unit_id", suggested);
        after.put("files", files.stream().map(f -> fileName(f.filename())).toList());
        audit.created("feedback", id, after, "Tiếp nhận phản ánh, kiến nghị " + code + " qua cổng công khai");
        return new Receipt(code, true);
    }

    /** The citizen gives the information asked: the case goes back to its unit and the clock runs again. */
    @Transactional
    public void reply(String code, String reply, String fromAddress) {
        FeedbackCase c = code == null ? null : cases.findByCode(code.strip().toUpperCase()).orElse(null);
        if (c == null) {
            throw new FeedbackRejected("Mã tra cứu: không có phản ánh nào mang mã \"" + (code == null ? "" : code.strip()) + "\".");
        }
        if (c.status() != FeedbackStatus.WAITING_FOR_CITIZEN) {
            throw new FeedbackRejected("Phản ánh " + c.code() + " không chờ bạn bổ sung thông tin.");
        }
        List<String> problems = new ArrayList<>();
        String text = required(reply, "Thông tin bổ sung", MAX_CONTENT, problems);
        if (!problems.isEmpty()) {
            throw new FeedbackRejected(problems);
        }
        if (!quota.take(fromAddress, REPLY_QUOTA, perAddress * 2, window)) {
            throw new QuotaExceeded("Địa chỉ mạng của bạn đã gửi quá nhiều lần trong " + windowText()
                    + " qua. Vui lòng gửi lại sau.");
        }
        LocalDate today = LocalDate.now(clock);
        int left = c.remainingDays() == null ? 0 : c.remainingDays();
        LocalDate due = workingDays.add(today, left);
        if (!cases.move(c.id(), FeedbackStatus.WAITING_FOR_CITIZEN, FeedbackStatus.ASSIGNED,
                "citizen_reply = ?, due_on = ?, remaining_days = null", text, due)) {
            throw new FeedbackRejected("Phản ánh " + c.code() + " đã được bổ sung thông tin.");
        }
        cases.step(c.id(), FeedbackStatus.ASSIGNED, today, clock.instant(), "Người gửi đã bổ sung thông tin", "citizen");
        audit.updated("feedback", c.id(), Map.of("status", c.status().name(), "due_on", String.valueOf(c.dueOn())),
                Map.of("status", FeedbackStatus.ASSIGNED.name(), "due_on", due.toString()),
                "Người gửi bổ sung thông tin cho phản ánh " + c.code() + "; hạn trả lời mới " + due);
    }

    private List<String> checkFiles(List<Upload> files, List<String> problems) {
        List<String> types = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add("Tệp đính kèm: gửi " + files.size() + " tệp, tối đa " + MAX_FILES + " tệp.");
            return types;
        }
        for (Upload f : files) {
            UploadResult checked = fileRule.check(f.content());
            if (checked.isAccepted()) {
                types.add(checked.kind().contentType());
                continue;
            }
            problems.add("Tệp đính kèm \"" + fileName(f.filename()) + "\": " + fileRule.refusalText(checked.refusal()));
        }
        return types;
    }

    private String windowText() {
        long minutes = window.toMinutes();
        return minutes % 60 == 0 ? VietnameseNumbers.format(minutes / 60) + " giờ" : VietnameseNumbers.format(minutes) + " phút";
    }

    private static String required(String typed, String field, int max, List<String> problems) {
        String s = blankToNull(typed);
        if (s == null) {
            problems.add(field + ": chưa có.");
        } else if (s.length() > max) {
            problems.add(field + ": dài " + VietnameseNumbers.format(s.length()) + " ký tự, tối đa "
                    + VietnameseNumbers.format(max) + " ký tự.");
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String fileName(String name) {
        String n = name == null || name.isBlank() ? "tep-dinh-kem" : name.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder("PA");
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
