package vn.cchc.survey;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A campaign of its own for one test: SIPAS version 1 (or the latest version), this month, citizens, every channel,
 * one unit with a sample; the standing agency's officer who opens it and two officers of the unit who type paper
 * forms. Answers are written as the respondent types them: item code → "4".
 */
final class SurveyFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    final String standing;
    final String officerA;
    final String officerB;
    final String unitCode;
    final long unitId;
    final Campaigns campaigns;
    final OneTimeCodes codes;
    final PaperEntries paper;
    final SurveyResults results;
    final Questionnaires questionnaires;
    private final UserDetailsService users;
    private final Clock clock;

    SurveyFixture(ApplicationContext context, String unitCode) {
        TestAccounts accounts = new TestAccounts(context);
        this.standing = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        this.officerA = accounts.create(Role.UNIT_OFFICER, unitCode);
        this.officerB = accounts.create(Role.UNIT_OFFICER, unitCode);
        this.unitCode = unitCode;
        this.unitId = context.getBean(vn.cchc.directory.Directory.class).idOf(unitCode);
        this.campaigns = context.getBean(Campaigns.class);
        this.codes = context.getBean(OneTimeCodes.class);
        this.paper = context.getBean(PaperEntries.class);
        this.results = context.getBean(SurveyResults.class);
        this.questionnaires = context.getBean(Questionnaires.class);
        this.users = context.getBean(UserDetailsService.class);
        this.clock = context.getBean(Clock.class);
    }

    long sipasVersion() {
        return questionnaires.all().stream().filter(s -> s.code().equals("SIPAS")).findFirst().orElseThrow().latestVersionId();
    }

    /** A campaign over today's month at the fixture's unit, with the sample given. */
    long campaign(int sample) {
        LocalDate today = LocalDate.now(clock);
        return as(standing, () -> campaigns.open(new Campaigns.CampaignForm("Khảo sát SIPAS kiểm thử " + SEQ.incrementAndGet(),
                sipasVersion(), today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()),
                List.of(RespondentGroup.CITIZEN), List.of(Channel.CODE, Channel.KIOSK, Channel.PAPER), unitCode + ": " + sample)));
    }

    List<String> issue(long campaignId, int count) {
        return as(officerA, () -> codes.issue(campaignId, unitId, count, UUID.randomUUID().toString()).codes());
    }

    /** A finished dossier of the fixture's unit, stored by the dossier ingest; its code. */
    String dossier(ApplicationContext context) {
        String code = "KS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String row = code + ",2.000488," + unitCode + ",2026-11-03 08:00,2026-11-13 17:00,2026-11-10 10:00,1,0,0,0,0,0,0,0,1,0";
        context.getBean(vn.cchc.dossier.DossierIngest.class).ingestAsSystem("ho-so-khao-sat.csv", vn.cchc.dossier.DossierFormat.CSV,
                new java.io.ByteArrayInputStream(("code,procedure_code,unit_code,received_at,due_at,finished_at,channel,"
                        + "supplement_requests,supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,complaint\n"
                        + row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        return code;
    }

    /** Every item of the elements E1–E4 the same value, B3 (feedback sent) answered as given. */
    static Map<String, String> answers(String value, String sentFeedback) {
        Map<String, String> a = new LinkedHashMap<>();
        for (String item : List.of("E1.1", "E1.2", "E1.3", "E2.1", "E2.2", "E2.3", "E2.4", "E3.1", "E3.2", "E3.3",
                "E4.1", "E4.2", "E4.3")) {
            a.put(item, value);
        }
        a.put("B3", sentFeedback);
        a.put("A1", "Nữ");
        a.put("A6", "Đất đai");
        return a;
    }

    <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
