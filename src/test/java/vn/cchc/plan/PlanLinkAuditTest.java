package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a plan changes other plans too: the plan it replaces becomes REPLACED, and plans already stored that
 * implement it hang under it. Each of those plans gets its own audit entry, with before and after.
 */
class PlanLinkAuditTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    @Test
    void thePlanReplacedAndThePlansAdoptedAreEachAudited() {
        PlanDraft old = draft(List.of());
        long oldId = publish(old);
        PlanDraft next = draft(List.of());
        // a unit's plan implementing the new one, stored before it
        PlanDraft child = draft(List.of(new PlanDraft.Reference(next.number(), next.date(), "IMPLEMENTS")));
        long childId = publish(child);
        PlanDraft replacing = with(next, List.of(new PlanDraft.Reference(old.number(), old.date(), "REPLACES")));
        long nextId = publish(replacing);

        assertThat(status(oldId)).isEqualTo("REPLACED");
        Map<String, Object> replaced = lastEntry(oldId);
        assertThat((String) replaced.get("summary")).contains(next.number());
        assertThat((String) replaced.get("before_value")).contains("\"status\": \"ISSUED\"");
        assertThat((String) replaced.get("after_value")).contains("\"status\": \"REPLACED\"")
                .contains("\"replaced_by_id\": " + nextId);

        assertThat(jdbc.sql("select parent_plan_id from plan where id = ?").param(childId).query(Long.class).single())
                .isEqualTo(nextId);
        Map<String, Object> adopted = lastEntry(childId);
        assertThat((String) adopted.get("before_value")).contains("\"parent_plan_id\": null");
        assertThat((String) adopted.get("after_value")).contains("\"parent_plan_id\": " + nextId);
    }

    private PlanDraft draft(List<PlanDraft.Reference> references) {
        long unit = PlanFixtures.unit(directory, "SO_NOI_VU");
        return with(PlanFixtures.plan(List.of(PlanFixtures.task("1", "Rà soát quy chế làm việc", unit, "Sở Nội vụ",
                LocalDate.of(2024, 6, 30)))), references);
    }

    private static PlanDraft with(PlanDraft d, List<PlanDraft.Reference> references) {
        return new PlanDraft(d.number(), d.type(), d.title(), d.issuer(), d.place(), d.date(), d.signer(), d.signerTitle(),
                d.year(), d.theme(), d.purposes(), d.requirements(), references, d.targets(), d.tasks(), d.warnings(),
                d.sourceText());
    }

    private long publish(PlanDraft d) {
        return tx.execute(s -> publication.publish(d, false)).planId();
    }

    private String status(long planId) {
        return jdbc.sql("select status from plan where id = ?").param(planId).query(String.class).single();
    }

    private Map<String, Object> lastEntry(long planId) {
        return jdbc.sql("""
                        select summary, before_value::text as before_value, after_value::text as after_value from audit_entry
                        where entity_type = 'plan' and entity_id = ? order by id desc limit 1""")
                .param(String.valueOf(planId)).query().singleRow();
    }
}
