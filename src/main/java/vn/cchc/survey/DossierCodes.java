package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.dossier.StoredDossiers;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A one-time code issued for one dossier, in the open campaign that targets the dossier's unit. Only its hash is
 * stored, so a lost slip is replaced by issuing again: the dossier's unused code is voided and a new one made; a
 * used code is not replaced. The code row names the dossier only while the code is live ({@link OneTimeCodes#answer}
 * clears it), so an answer cannot be traced back to its dossier through the code.
 */
@Service
class DossierCodes {

    /** The new code as a batch of one (for its slip), the dossier, and whether it replaced a lost one. */
    record Issued(String dossierCode, boolean replaced, OneTimeCodes.Batch batch) {
        String code() {
            return batch.codes().get(0);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Campaigns campaigns;
    private final StoredDossiers dossiers;
    private final Directory directory;
    private final OneTimeCodes codes;
    private final Clock clock;

    DossierCodes(JdbcClient jdbc, AuditLog audit, UnitAccess access, Campaigns campaigns, StoredDossiers dossiers,
                 Directory directory, OneTimeCodes codes, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.directory = directory;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    Issued issue(String dossierCode) {
        String shown = dossierCode == null ? "" : dossierCode.strip();
        StoredDossiers.StoredDossier d = dossiers.find(dossierCode)
                .orElseThrow(() -> new SurveyRefused("Hồ sơ \"" + abbreviated(shown) + "\": không có trong dữ liệu hồ sơ."));
        if (!access.isStandingAgency() && !access.canChange(d.unitId())) {
            throw new AccessDeniedException("Đơn vị chỉ phát hành mã khảo sát cho hồ sơ của mình.");
        }
        // campaigns have no procedure field: the open campaign of the dossier's unit that collects by code
        Campaign c = campaigns.openFor(d.unitId()).stream().filter(x -> x.uses(Channel.CODE)).findFirst()
                .orElseThrow(() -> new SurveyRefused("Hồ sơ " + d.code() + ": không có đợt khảo sát nào đang mở cho "
                        + directory.findById(d.unitId()).orElseThrow().name() + " thu thập bằng mã khảo sát, nên chưa phát hành mã."));
        // the row lock taken here makes issues for one dossier wait for each other
        int issued = jdbc.sql("""
                        insert into survey_dossier_code (dossier_code, campaign_id, issued) values (?, ?, 1)
                        on conflict (dossier_code, campaign_id) do update set issued = survey_dossier_code.issued + 1
                        returning issued""")
                .params(d.code(), c.id()).query(Integer.class).single();
        List<Long> voidedIn = jdbc.sql("""
                        update survey_code k set voided = true, dossier_code = null from survey_code_batch b
                        where b.id = k.batch_id and k.dossier_code = ? and not k.used returning b.campaign_id""")
                .param(d.code()).query(Long.class).list();
        if (issued > 1 && !voidedIn.contains(c.id())) {
            throw new SurveyRefused("Hồ sơ " + d.code() + ": mã khảo sát của đợt " + c.name()
                    + " đã được dùng. Mỗi hồ sơ chỉ được khảo sát một lần trong đợt, không cấp lại mã.");
        }
        LocalDate today = LocalDate.now(clock);
        long batchId = jdbc.sql("""
                        insert into survey_code_batch (campaign_id, unit_id, form_key, count, issued_by, issued_on, expires_on)
                        values (?, ?, ?, 1, ?, ?, ?) returning id""")
                .params(c.id(), d.unitId(), "dossier:" + UUID.randomUUID(), CurrentUser.require().username(), today, c.to())
                .query(Long.class).single();
        String code = codes.storeNewCode(batchId, d.code());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("dossier_code", d.code());
        after.put("campaign_id", c.id());
        after.put("unit_id", d.unitId());
        after.put("replaced", !voidedIn.isEmpty());
        audit.created("survey_dossier_code", d.code(), after, (voidedIn.isEmpty() ? "Phát hành" : "Cấp lại")
                + " mã khảo sát cho hồ sơ " + d.code() + ", đợt " + c.name());
        return new Issued(d.code(), !voidedIn.isEmpty(), new OneTimeCodes.Batch(batchId, c, d.unitId(), List.of(code), c.to()));
    }

    private static String abbreviated(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
