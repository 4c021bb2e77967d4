package vn.cchc.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creates units and merges them through the directory's own structure form, as the standing agency does. */
public final class UnitMergers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final RequestPostProcessor standingAgency;

    public UnitMergers(MockMvc mvc, JdbcClient jdbc, RequestPostProcessor standingAgency) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.standingAgency = standingAgency;
    }

    /** A new department under the provincial people's committee; returns its id. */
    public long department(String code, String name) throws Exception {
        mvc.perform(post("/units/new").with(standingAgency).with(csrf()).param("code", code).param("name", name)
                        .param("kind", UnitKind.DEPARTMENT.name()).param("parentCode", "UBND_TINH"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    /** The unit's last day is {@code lastDay}; from the next day {@code successorCode} answers for its work. */
    public void merge(String code, String name, LocalDate lastDay, String successorCode) throws Exception {
        mvc.perform(post("/units/" + code + "/structure").with(standingAgency).with(csrf()).param("name", name)
                        .param("kind", UnitKind.DEPARTMENT.name()).param("parentCode", "UBND_TINH")
                        .param("validTo", DAY.format(lastDay)).param("successorCodes", successorCode))
                .andExpect(status().is3xxRedirection());
    }
}
