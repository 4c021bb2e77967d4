package vn.cchc.scoring;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared helpers for scoring tests: fixture, services, item lookups, sample files. */
@UsesDemoData("the demo accounts (through ScoringFixture)")
abstract class ScoringTestBase extends CchcIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    CriteriaSets sets;
    @Autowired
    Rounds rounds;
    @Autowired
    SelfAssessments self;
    @Autowired
    Appraisals appraisals;
    @Autowired
    Results results;
    @Autowired
    ScoreRounds store;
    @Autowired
    Directory directory;

    ScoringFixture fx;

    @BeforeEach
    void fixture() {
        fx = new ScoringFixture(users, sets, rounds, directory);
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    long item(long roundId, String unitCode, String code) {
        return jdbc.sql("""
                        select i.id from score_item i join score_assessment a on a.id = i.assessment_id
                        join score_criterion c on c.id = i.criterion_id join unit u on u.id = a.unit_id
                        where a.round_id = ? and u.code = ? and c.code = ?""")
                .params(roundId, unitCode, code).query(Long.class).single();
    }

    long assessment(long roundId, String unitCode) {
        return jdbc.sql("""
                        select a.id from score_assessment a join unit u on u.id = a.unit_id
                        where a.round_id = ? and u.code = ?""")
                .params(roundId, unitCode).query(Long.class).single();
    }

    BigDecimal selfPoints(long itemId) {
        return jdbc.sql("select self_points from score_item where id = ?").param(itemId).query(BigDecimal.class).optional()
                .orElse(null);
    }

    long evidenceCount(long itemId) {
        return jdbc.sql("select count(*) from score_evidence where item_id = ?").param(itemId).query(Long.class).single();
    }

    void selfScore(String user, long itemId, String points) {
        fx.run(user, () -> self.score(itemId, points, null, null, List.of()));
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
