package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-time codes: issued in batches for a unit's counter, printed once (only their SHA-256 is stored, so a lost
 * slip cannot be printed again), valid until the campaign ends, each usable once. A respondent's answers are stored
 * in the transaction that marks the code used, with no link from one to the other; of two submissions with the same
 * code at the same time, the code's row lets one through.
 */
@Service
class OneTimeCodes {

    static final int MAX_BATCH = 500;
    /** No 0/O, 1/I/L: read off a slip without doubt. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Batch(long id, Campaign campaign, long unitId, List<String> codes, LocalDate expiresOn) {
    }

    /** What a code opens: the campaign and the unit whose counter gave it out. */
    record Target(Campaign campaign, long unitId) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final Responses responses;
    private final Clock clock;

    OneTimeCodes(JdbcClient jdbc, AuditLog audit, UnitAccess access, Campaigns campaigns, Questionnaires questionnaires,
                 Responses responses, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * A new batch for the unit (its own officer or the standing agency); {@code formKey} is the form's one-time key,
     * so a double click issues one batch and the second is refused.
     */
    @Transactional
    Batch issue(long campaignId, long unitId, int count, String formKey) {
        if (!access.isStandingAgency() && !access.canChange(unitId)) {
            throw new AccessDeniedException("Đơn vị chỉ phát hành mã khảo sát cho Bộ phận Một cửa của mình.");
        }
        Campaign c = campaigns.require(campaignId);
        List<String> problems = new ArrayList<>();
        if (!campaigns.targets(campaignId, unitId)) {
            problems.add("Đơn vị không thuộc đợt khảo sát " + c.name() + ".");
        }
        if (!c.uses(Channel.CODE)) {
            problems.add("Đợt khảo sát " + c.name() + " không thu thập bằng mã khảo sát.");
        }
        if (c.status() != Campaign.Status.OPEN || LocalDate.now(clock).isAfter(c.to())) {
            problems.add("Đợt khảo sát " + c.name() + " đã kết thúc.");
        }
        if (count < 1 || count > MAX_BATCH) {
            problems.add("Số mã: từ 1 đến " + MAX_BATCH + " mã một lần in.");
        }
        if (formKey == null || formKey.isBlank() || formKey.length() > 64) {
            problems.add("Biểu mẫu đã cũ: hãy tải lại trang rồi phát hành.");
        }
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        Optional<Long> id = jdbc.sql("""
                        insert into survey_code_batch (campaign_id, unit_id, form_key, count, issued_by, issued_on, expires_on)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (form_key) do nothing returning id""")
                .params(campaignId, unitId, formKey, count, CurrentUser.require().username(), LocalDate.now(clock), c.to())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            throw new SurveyRefused("Lô mã này đã được phát hành (bấm hai lần?). Mã chỉ in được một lần: hãy phát hành lô mới nếu cần.");
        }
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            codes.add(storeNewCode(id.get(), null));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("campaign_id", campaignId);
        after.put("unit_id", unitId);
        after.put("count", count);
        after.put("expires_on", c.to().toString());
        audit.created("survey_code_batch", id.get(), after, "Phát hành " + count + " mã khảo sát, đợt " + c.name());
        return new Batch(id.get(), c, unitId, codes, c.to());
    }

    /** What a typed code opens, or why it opens nothing. */
    Target open(String typed) {
        String hash = hash(normalised(typed));
        Map<String, Object> row = jdbc.sql("""
                        select b.campaign_id, b.unit_id, b.expires_on, k.used, k.voided from survey_code k
                        join survey_code_batch b on b.id = k.batch_id where k.code_hash = ?""")
                .param(hash).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new SurveyRefused("Mã khảo sát \"" + shown(typed) + "\" không đúng. Hãy kiểm tra lại mã in trên phiếu."));
        if ((Boolean) row.get("used")) {
            throw new SurveyRefused("Mã khảo sát \"" + shown(typed) + "\" đã được dùng. Mỗi mã chỉ dùng một lần.");
        }
        if ((Boolean) row.get("voided")) {
            throw new SurveyRefused("Mã khảo sát \"" + shown(typed) + "\" đã được thay bằng mã mới cấp cho hồ sơ. Hãy dùng mã trên phiếu mới.");
        }
        Campaign c = campaigns.require(((Number) row.get("campaign_id")).longValue());
        LocalDate expires = ((java.sql.Date) row.get("expires_on")).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(expires) || !c.collectsOn(today)) {
            throw new SurveyRefused("Mã khảo sát \"" + shown(typed) + "\" đã hết hạn: đợt khảo sát " + c.name() + " đã kết thúc.");
        }
        return new Target(c, ((Number) row.get("unit_id")).longValue());
    }

    /**
     * Stores the answers given with a code and marks it used, together: a used, unknown or expired code, or answers
     * that are refused, store nothing; of two requests with one code the second finds it used.
     */
    @Transactional
    void answer(String typed, String group, Map<String, String> answers) {
        Target t = open(typed);
        Questionnaire q = questionnaires.version(t.campaign().versionId()).orElseThrow();
        AnswerSheet sheet = AnswerSheet.check(q, t.campaign(), group, answers);
        // a dossier's code forgets its dossier in the statement that uses it: the used row names no dossier
        int marked = jdbc.sql("update survey_code set used = true, dossier_code = null where code_hash = ? and not used and not voided")
                .param(hash(normalised(typed))).update();
        if (marked == 0) {
            throw new SurveyRefused("Mã khảo sát \"" + shown(typed) + "\" đã được dùng. Mỗi mã chỉ dùng một lần.");
        }
        responses.store(t.campaign(), t.unitId(), Channel.CODE, sheet);
    }

    static String normalised(String typed) {
        return typed == null ? "" : typed.toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    /** As printed: two groups of five. */
    static String printed(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private static String shown(String typed) {
        String n = normalised(typed);
        return n.length() > 20 ? n.substring(0, 20) + "…" : n;
    }

    /** A fresh code stored in the batch (tied to a dossier while unused, when one is given); only its hash is kept. */
    String storeNewCode(long batchId, String dossierCode) {
        String code;
        do {
            code = newCode();
        } while (jdbc.sql("insert into survey_code (code_hash, batch_id, dossier_code) values (?, ?, ?) on conflict do nothing")
                .params(hash(code), batchId, dossierCode).update() == 0);
        return code;
    }

    private static String newCode() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
