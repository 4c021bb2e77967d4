package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.cchc.CchcApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real installation never starts without an administrator whose password the operator chose. */
class FirstAdministratorTest {

    @Test
    void aNonDemoInstallationRefusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CchcApplication.class)
                .profiles("test")
                // the test profile alone, without the demo; command-line arguments outrank CI's external database, whose
                // administrator already exists: the refusal is about an empty database, which the embedded one is
                .run("--cchc.admin.password=", "--spring.main.web-application-type=none",
                        "--spring.datasource.url=", "--spring.flyway.user=", "--cchc.database.runtime-role=").close())
                .hasStackTraceContaining("CCHC_ADMIN_PASSWORD");
    }
}
