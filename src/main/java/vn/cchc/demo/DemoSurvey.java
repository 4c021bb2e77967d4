package vn.cchc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.survey.SurveyCollection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One satisfaction campaign of this month at Sở Tư pháp's counter, with twelve answers given by code: small, so the
 * demo starts fast, and open, so its officers can print slips, type paper forms and start the kiosk.
 */
@Component
@Profile("demo")
@Order(60)
class DemoSurvey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurvey.class);
    private static final List<String> ITEMS = List.of("E1.1", "E1.2", "E1.3", "E2.1", "E2.2", "E2.3", "E2.4", "E3.1",
            "E3.2", "E3.3", "E4.1", "E4.2", "E4.3");

    private final JdbcClient jdbc;
    private final SurveyCollection survey;
    private final Actors actors;
    private final Clock clock;

    DemoSurvey(JdbcClient jdbc, SurveyCollection survey, Actors actors, Clock clock) {
        this.jdbc = jdbc;
        this.survey = survey;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from survey_campaign").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long campaign = actors.as("snv.cchc", () -> survey.openSipasCampaign(DemoReports.MARK + "Khảo sát sự hài lòng tháng "
                        + today.getMonthValue() + "/" + today.getYear(), today.withDayOfMonth(1),
                today.withDayOfMonth(today.lengthOfMonth()), Map.of("SO_TU_PHAP", 40)));
        List<String> codes = actors.as("stp.cchc", () -> survey.issueCodes(campaign, "SO_TU_PHAP", 16));
        for (int k = 0; k < 12; k++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < ITEMS.size(); i++) {
                answers.put(ITEMS.get(i), String.valueOf(3 + (k + i) % 3));
            }
            answers.put("B3", k % 4 == 0 ? "Có" : "Không");
            if (k % 4 == 0) {
                answers.put("E5.1", "4");
                answers.put("E5.2", "3");
                answers.put("E5.3", "5");
            }
            answers.put("A6", k % 3 == 0 ? "Đất đai" : "Tư pháp, hộ tịch");
            survey.answerByCode(codes.get(k), answers);
        }
        log.info("Demo survey: one campaign at Sở Tư pháp with 12 answers");
    }
}
