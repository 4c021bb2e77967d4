package vn.cchc.feedback;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Citizens and officers of the feedback tests, through the screens: each citizen sends from an address of their own
 * (the quota counts per address), and an officer acts as a real demo or test account.
 */
@vn.cchc.UsesDemoData("the demo accounts snv.cchc (standing agency) who routes the cases")
final class FeedbackFixture {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    private final MockMvc mvc;
    private final Function<String, RequestPostProcessor> as;

    FeedbackFixture(MockMvc mvc, Function<String, RequestPostProcessor> as) {
        this.mvc = mvc;
        this.as = as;
    }

    /** A fresh network address no other test sends from. */
    static String newAddress() {
        int n = ADDRESS.incrementAndGet();
        return "10.19." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The form as a citizen sends it, with the contact details the decree asks for. */
    static MockMultipartHttpServletRequestBuilder form(String title, String content) {
        return form(title, content, UUID.randomUUID());
    }

    /** The form with its one-time key: the page gives each form a key of its own, a double click sends it twice. */
    static MockMultipartHttpServletRequestBuilder form(String title, String content, UUID key) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/public/feedback")
                .param("key", key.toString())
                .param("kind", "REGULATION")
                .param("name", "Nguyễn Thị Hoa")
                .param("address", "Số 12 đường Lê Lợi, phường Vinh Phú, tỉnh Nghệ An")
                .param("phone", "0912 345 678")
                .param("email", "hoa.nguyen@example.vn")
                .param("agency", "Sở Tư pháp")
                .param("title", title)
                .param("content", content)
                .with(csrf());
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/pdf", content);
    }

    /** Sends a case from a fresh address; its tracking code. */
    String submit(String title, String content) throws Exception {
        MvcResult result = mvc.perform(form(title, content).with(from(newAddress()))).andReturn();
        Object code = result.getFlashMap().get("receipt");
        if (code == null) {
            throw new IllegalStateException("not received: " + result.getResponse().getContentAsString());
        }
        return code.toString();
    }

    /** The standing agency accepts it in a field and assigns it to a unit. */
    void route(String code, String unitCode) throws Exception {
        step("snv.cchc", code, "accept", "field", "HO_TICH");
        step("snv.cchc", code, "assign", "unit", unitCode);
    }

    MvcResult step(String user, String code, String action, String... params) throws Exception {
        var request = post("/feedback/{code}/" + action, code).with(as.apply(user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }
}
