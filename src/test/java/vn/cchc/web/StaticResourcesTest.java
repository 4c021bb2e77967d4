package vn.cchc.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import vn.cchc.CchcIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every link a page writes passes the resource URL provider; a link to a page must not be looked up among the static
 * files (under Boot's {@code /**} each one searched the class path's jars again, uncached).
 */
class StaticResourcesTest extends CchcIntegrationTest {

    @Autowired
    private ResourceUrlProvider resourceUrls;

    @Test
    void aLinkToAPageIsNotLookedUpAmongTheStaticFiles() {
        Map<String, ResourceHttpRequestHandler> handlers = resourceUrls.getHandlerMap();
        assertThat(handlers).isNotEmpty();
        for (String page : List.of("/plans/1", "/indicators/heatmap", "/units/12", "/scoring/3/scorecard", "/")) {
            assertThat(handlers.keySet())
                    .as("static-file patterns that %s would be resolved against", page)
                    .noneMatch(pattern -> resourceUrls.getPathMatcher().match(pattern, page));
        }
    }

    @Test
    void theStylesheetAndTheWebjarsAreResolvedThroughACache() {
        assertThat(resourceUrls.getHandlerMap().values()).allSatisfy(handler ->
                assertThat(handler.getResourceResolvers().get(0)).isInstanceOf(CachingResourceResolver.class));
        assertThat(resourceUrls.getForLookupPath("/css/cchc.css")).isEqualTo("/css/cchc.css");
        assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
                .startsWith("/webjars/htmx.org/").endsWith("/dist/htmx.min.js");
    }

    @Test
    void theStaticFilesAreStillServedWithoutSigningIn() throws Exception {
        mvc.perform(get("/css/cchc.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/js/cchc.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
    }

}
