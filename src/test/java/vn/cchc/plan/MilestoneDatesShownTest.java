package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.cchc.CchcIntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** A deadline with two milestones reads as two dates, not as one run of digits. */
class MilestoneDatesShownTest extends CchcIntegrationTest {

    private static final Path SEED = Path.of("src/main/resources/demo/plans/001_b60d195b2e0bc6bf.txt");
    private static final String DAY = "\\d{2}/\\d{2}/\\d{4}";

    @Test
    void twoMilestonesOfATaskInReviewAreShownAsTwoDatesSeparatedBySemicolon() throws Exception {
        String location = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "02-KH-BCD.txt", "text/plain",
                        Files.readAllBytes(SEED))).with(as("snv.cchc")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        String html = mvc.perform(get(location).with(as("snv.cchc"))).andReturn().getResponse().getContentAsString();
        String text = html.replaceAll("<[^>]+>", "");

        assertThat(Pattern.compile(DAY + "; " + DAY).matcher(text).find()).as("two milestones joined by '; '").isTrue();
        assertThat(Pattern.compile(DAY + "\\d{2}/").matcher(text).find()).as("no date runs into the next").isFalse();
    }
}
