package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.demo.DemoAccounts;
import vn.cchc.UsesDemoData;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords (docs/SECURITY.md): failures count per address and account and per address, so an attacker
 * throttles only himself. Each test signs in from its own documentation addresses (RFC 5737), so the counters of
 * one test never touch another's.
 */
@UsesDemoData("the demo accounts")
class SignInAbuseTest extends CchcIntegrationTest {

    private static final String RIGHT = "Ngh3-An-dung-mat-khau";

    @Autowired
    UserAdministration administration;

    @Test
    void fiveWrongPasswordsInAnyLetterCaseThrottleThatAddressForThatAccount() throws Exception {
        createUser("le.van.tam");
        for (String typed : new String[]{"le.van.tam", "LE.VAN.TAM", "Le.Van.Tam", "lE.vAn.TaM", "LE.van.tam"}) {
            signIn("198.51.100.11", typed, "sai-mat-khau").andExpect(redirectedUrl("/login?error=bad"));
        }
        signIn("198.51.100.11", "le.van.tam", RIGHT).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void aCorrectPasswordFromACleanAddressWorksWhileAnotherAddressHammers() throws Exception {
        createUser("tran.thi.mai");
        for (int i = 0; i < 12; i++) {
            signIn("198.51.100.21", "TRAN.THI.MAI", "doan-" + i).andExpect(unauthenticated());
        }
        signIn("198.51.100.22", "tran.thi.mai", RIGHT).andExpect(authenticated().withUsername("tran.thi.mai"));
    }

    @Test
    void eachFurtherThrottleOfTheSameAddressAndAccountLastsTwiceAsLong() throws Exception {
        createUser("ho.van.nam");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5; i++) {
                signIn("198.51.100.31", "ho.van.nam", "sai-" + i).andExpect(unauthenticated());
            }
            long seconds = jdbc.sql("""
                            select extract(epoch from locked_until - last_failure_at)::bigint from sign_in_throttle
                            where address = '198.51.100.31' and username_key = 'ho.van.nam'""").query(Long.class).single();
            assertThat(seconds).as("throttle number %d", round + 1).isEqualTo(15 * 60L << round);
            // The throttle has run out: the next five failures throttle again.
            jdbc.sql("update sign_in_throttle set locked_until = now() - interval '1 second' where address = '198.51.100.31'")
                    .update();
        }
    }

    @Test
    void aCorrectPasswordFromTheSameAddressStartsItsCountAgain() throws Exception {
        createUser("dang.thu.ha");
        for (int i = 0; i < 4; i++) {
            signIn("198.51.100.41", "dang.thu.ha", "sai-" + i).andExpect(unauthenticated());
        }
        signIn("198.51.100.41", "dang.thu.ha", RIGHT).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            signIn("198.51.100.41", "dang.thu.ha", "sai-" + i).andExpect(unauthenticated());
        }
        signIn("198.51.100.41", "dang.thu.ha", RIGHT).andExpect(authenticated());
    }

    @Test
    void twentyFailuresFromOneAddressAcrossAccountsThrottleThatAddressForEveryAccount() throws Exception {
        for (String name : new String[]{"admin", "stp.cchc", "snv.cchc", "lanhdao", "thamdinh"}) {
            for (int i = 0; i < 4; i++) {
                signIn("198.51.100.51", name, "rai-" + i).andExpect(redirectedUrl("/login?error=bad"));
            }
        }
        signIn("198.51.100.51", "xem", DemoAccounts.PASSWORD).andExpect(redirectedUrl("/login?error=throttled"));
        signIn("198.51.100.52", "xem", DemoAccounts.PASSWORD).andExpect(authenticated().withUsername("xem"));
    }

    @Test
    void theApisBasicSignInIsThrottledLikeTheForm() throws Exception {
        createUser("cao.xuan.loc");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/units").with(httpBasic("cao.xuan.loc", "sai-" + i)).with(peer("198.51.100.91")))
                    .andExpect(status().isUnauthorized());
        }
        signIn("198.51.100.91", "cao.xuan.loc", RIGHT).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(get("/api/v1/units").with(httpBasic("cao.xuan.loc", RIGHT)).with(peer("198.51.100.92")))
                .andExpect(status().isOk());
    }

    @Test
    void everyFailedSignInIsAuditedWithTheUsernameTypedAndTheAddressButNeverThePassword() throws Exception {
        signIn("198.51.100.61", "ADMIN", "Bi-Mat-Cua-Ke-Do-77").andExpect(unauthenticated());
        signIn("198.51.100.61", "khong.ton.tai", "Bi-Mat-Cua-Ke-Do-78").andExpect(unauthenticated());
        var entries = jdbc.sql("""
                        select entity_id, after_value ->> 'address' as address, after_value ->> 'reason' as reason
                        from audit_entry where entity_type = 'sign_in' and after_value ->> 'address' = '198.51.100.61'
                        order by id""").query().listOfRows();
        assertThat(entries).extracting(r -> r.get("entity_id")).containsExactly("ADMIN", "khong.ton.tai");
        assertThat(entries).extracting(r -> r.get("reason")).containsOnly("BAD_CREDENTIALS");
        assertThat(jdbc.sql("select count(*) from audit_entry e where e::text like '%Bi-Mat-Cua-Ke-Do%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aThrottledAttemptIsAuditedAndNotCounted() throws Exception {
        createUser("vo.minh.chau");
        for (int i = 0; i < 5; i++) {
            signIn("198.51.100.71", "vo.minh.chau", "sai-" + i).andExpect(unauthenticated());
        }
        String until = throttledUntil("198.51.100.71", "vo.minh.chau");
        signIn("198.51.100.71", "vo.minh.chau", RIGHT).andExpect(redirectedUrl("/login?error=throttled"));
        assertThat(throttledUntil("198.51.100.71", "vo.minh.chau")).isEqualTo(until);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'sign_in' and entity_id = 'vo.minh.chau'
                        and after_value ->> 'reason' = 'THROTTLED'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorsUnlockLetsTheThrottledAddressTryAgain() throws Exception {
        long id = createUser("bui.quang.huy");
        for (int i = 0; i < 5; i++) {
            signIn("198.51.100.81", "bui.quang.huy", "sai-" + i).andExpect(unauthenticated());
        }
        assertThat(administration.find(id).orElseThrow().locked()).as("shown as locked to the administrator").isTrue();
        mvc.perform(post("/admin/users/{id}/unlock", id).with(as("admin")).with(csrf()));
        signIn("198.51.100.81", "bui.quang.huy", RIGHT).andExpect(authenticated());
    }

    @Test
    void aPasswordBuiltFromTheUsernameIsRefused() {
        assertThatThrownBy(() -> createUser("nguyen.hoa", "Nguyen-Hoa-2026"))
                .isInstanceOfSatisfying(UserAdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.password.fromUsername"));
        assertThatThrownBy(() -> createUser("nguyen.hoa", "2026aoh.neyugn"))
                .isInstanceOfSatisfying(UserAdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.password.fromUsername"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> createUser("pham.linh", "PASSWORD123"))
                .isInstanceOfSatisfying(UserAdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.password.common"));
    }

    @Test
    void theCurrentPasswordIsRefusedAsTheNewOne() throws Exception {
        createUser("ngo.bao.chau");
        String before = jdbc.sql("select password_hash from app_user where username = 'ngo.bao.chau'").query(String.class).single();
        mvc.perform(post("/account/password").with(as("ngo.bao.chau")).with(csrf())
                        .param("current", RIGHT).param("replacement", RIGHT).param("confirmation", RIGHT))
                .andExpect(flash().attribute("flashError", "user.password.sameAsCurrent"));
        assertThat(jdbc.sql("select password_hash from app_user where username = 'ngo.bao.chau'").query(String.class).single())
                .isEqualTo(before);
    }

    private String throttledUntil(String address, String key) {
        return jdbc.sql("select locked_until::text from sign_in_throttle where address = ? and username_key = ?")
                .params(address, key).query(String.class).single();
    }

    private ResultActions signIn(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(peer(address)));
    }

    private static RequestPostProcessor peer(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long createUser(String username) {
        return createUser(username, RIGHT);
    }

    private long createUser(String username, String password) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Người dùng thử " + username);
        form.setUnitId(jdbc.sql("select id from unit where code = 'SO_TU_PHAP'").query(Long.class).single());
        form.setRoles(EnumSet.of(Role.VIEWER));
        form.setPassword(password);
        return administration.createUnchecked(form);
    }
}
