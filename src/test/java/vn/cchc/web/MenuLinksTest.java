package vn.cchc.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Menus show only what a role can use: signed in through the login form as a fresh account of each role, every link
 * of the header's menu answers, none with 403 or 404.
 */
class MenuLinksTest extends CchcIntegrationTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Map<Role, String> ACCOUNTS = new EnumMap<>(Role.class);

    @BeforeAll
    static void oneAccountPerRole(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        for (Role role : Role.values()) {
            // A leader follows a unit and a unit's people belong to one, as real accounts do.
            ACCOUNTS.put(role, role == Role.LEADER ? accounts.create(role, "UBND_TINH", "SO_TU_PHAP")
                    : accounts.create(role, role == Role.STANDING_AGENCY ? "SO_NOI_VU" : "SO_TU_PHAP"));
        }
    }

    /** The links of the header's navigation bar (the page's first {@code <nav>}), without styles and scripts. */
    static Set<String> menuLinks(String page) {
        int start = page.indexOf("<nav class=\"navbar");
        int end = page.indexOf("</nav>", start);
        assertThat(start).as("the page has the header's menu").isNotNegative();
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(page.substring(start, end));
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (!link.startsWith("/webjars/") && !link.startsWith("/css/") && !link.startsWith("/js/")) {
                links.add(link);
            }
        }
        return links;
    }

    @ParameterizedTest(name = "{0}")
    // an outlet account is confined to its outlet's own list once the administrator links it (OutletAccountsTest)
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "OUTLET")
    void everyMenuLinkOfTheRoleAnswersWithoutAForbiddenOrMissingPage(Role role) throws Exception {
        HttpClient client = signedInClient(ACCOUNTS.get(role), TestAccounts.PASSWORD);
        HttpResponse<String> home = fetch(client, "/");
        assertThat(home.statusCode()).as("home page of %s", role).isEqualTo(200);
        Set<String> links = menuLinks(home.body());
        assertThat(links).as("menu of %s", role).contains("/", "/help");
        Map<String, Integer> refused = new LinkedHashMap<>();
        List<String> followed = new ArrayList<>();
        for (String link : links) {
            int status = fetch(client, link).statusCode();
            followed.add(link + " " + status);
            if (status == 403 || status == 404 || status >= 500) {
                refused.put(link, status);
            }
        }
        assertThat(refused).as("menu links of %s that refuse or fail (followed: %s)", role, followed).isEmpty();
    }
}
