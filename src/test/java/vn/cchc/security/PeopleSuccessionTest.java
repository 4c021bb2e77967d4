package vn.cchc.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.UnitMergers;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleSuccessionTest extends CchcIntegrationTest {

    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @Autowired
    Clock clock;

    @Test
    void theStaffAndFollowersOfAMergedUnitMoveToItsSuccessor() throws Exception {
        UnitMergers directory = new UnitMergers(mvc, jdbc, as(standingAgency));
        long merged = directory.department("TEST_SO_LDTBXH_CU", "Sở Lao động - Thương binh và Xã hội (cũ, kiểm thử)");
        long successor = directory.department("TEST_SO_NOI_VU_MOI", "Sở Nội vụ (mới, kiểm thử)");
        jdbc.sql("insert into app_user (username, full_name, unit_id, password_hash) values ('ldtbxh.kiemthu', 'Nguyễn Văn Bình', ?, 'x')")
                .param(merged).update();
        jdbc.sql("insert into app_user (username, full_name, unit_id, password_hash) values ('lanhdao.kiemthu', 'Lê Hồng Sơn', ?, 'x')")
                .param(successor).update();
        jdbc.sql("insert into app_user_followed_unit (user_id, unit_id) select id, ? from app_user where username = 'lanhdao.kiemthu'")
                .param(merged).update();

        directory.merge("TEST_SO_LDTBXH_CU", "Sở Lao động - Thương binh và Xã hội (cũ, kiểm thử)",
                LocalDate.now(clock).minusDays(1), "TEST_SO_NOI_VU_MOI");

        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> followedByLeader().contains(successor))).isTrue();
        assertThat(followedByLeader()).doesNotContain(merged);
        assertThat(jdbc.sql("select unit_id from app_user where username = 'ldtbxh.kiemthu'").query(Long.class).single())
                .isEqualTo(successor);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'app_user' and entity_id = 'ldtbxh.kiemthu'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<Long> followedByLeader() {
        return jdbc.sql("""
                        select f.unit_id from app_user_followed_unit f join app_user u on u.id = f.user_id
                        where u.username = 'lanhdao.kiemthu'""").query(Long.class).list();
    }
}
