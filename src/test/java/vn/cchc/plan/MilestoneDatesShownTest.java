package vn.cchc.plan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** A deadline with two milestones reads as two dates, not as one run of digits. */
class MilestoneDatesShownTest extends CchcIntegrationTest {

    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    private static final Path SEED = Path.of("src/main/resources/demo/plans/001_b60d195b2e0bc6bf.txt");
    private static final String DAY = "\\d{2}/\\d{2}/\\d{4}";

    @Test
    void twoMilestonesOfATaskInReviewAreShownAsTwoDatesSeparatedBySemicolon() throws Exception {
        String location = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "02-KH-BCD.txt", "text/plain",
                        Files.readAllBytes(SEED))).with(as(standingAgency)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        String html = mvc.perform(get(location).with(as(standingAgency))).andReturn().getResponse().getContentAsString();
        String text = html.replaceAll("<[^>]+>", "");

        assertThat(Pattern.compile(DAY + "; " + DAY).matcher(text).find()).as("two milestones joined by '; '").isTrue();
        assertThat(Pattern.compile(DAY + "\\d{2}/").matcher(text).find()).as("no date runs into the next").isFalse();
    }
}
