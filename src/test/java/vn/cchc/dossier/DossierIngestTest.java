package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.indicator.IndicatorMeasure;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dossier ingest and statistics on hand-computed data; every test uses its own years and codes, so they do
 * not see the demo data (the last 24 months) nor each other.
 */
@UsesDemoData("the demo accounts")
class DossierIngestTest extends CchcIntegrationTest {

    private static final String PASSWORD = "Demo@2026cchc";

    @Autowired
    DossierStats stats;

    @Autowired
    Directory directory;

    private ResultActions send(String user, String name, byte[] body, String type) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/ingest").param("name", name).contentType(type).content(body)
                .with(httpBasic(user, PASSWORD)));
    }

    private ResultActions send(String name, String csv) throws Exception {
        return send("snv.cchc", name, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private long unit(String code) {
        return directory.findByCode(code).orElseThrow().id();
    }

    private long stored(String prefix) {
        return jdbc.sql("select count(*) from dossier where code like ?").param(prefix + "%").query(Long.class).single();
    }

    private static BigDecimal pct(Map<String, Measure> m, String code) {
        return m.get(code).value(IndicatorMeasure.RATIO);
    }

    @Test
    void handComputedQuarterPerUnitAndRolledUpToTheProvince() throws Exception {
        Period q1 = Period.parse("2019-Q1");
        // other tests' dossiers left open in earlier years count in the province's 2019 too: measure what this set adds
        Measure provinceBefore = stats.province(q1).measures().getOrDefault("CS766_2_1", Measure.of(0, 0));
        send("q1-2019.csv", DossierFiles.handComputed("T19-", 2019)).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true)).andExpect(jsonPath("$.rowsNew").value(9));
        Counts a = stats.byUnit(q1).get(unit("SO_TU_PHAP"));
        assertThat(a.received()).isEqualTo(7);
        assertThat(a.finished()).isEqualTo(4);
        assertThat(a.finishedOnTime()).isEqualTo(2);   // A1, A2 (supplement days not counted)
        assertThat(a.finishedLate()).isEqualTo(2);     // A3 (second supplement request), A4
        assertThat(a.finishedLateApology()).isEqualTo(1);
        assertThat(a.openAtEnd()).isEqualTo(3);        // A5, A6, A7
        assertThat(a.overdueAtEnd()).isEqualTo(2);     // A6, A7 judged at the quarter's end
        assertThat(a.late()).isEqualTo(4);
        Map<String, Measure> m = a.measures();
        assertThat(m.get("CS766_2_1")).isEqualTo(Measure.of(3, 7));
        assertThat(pct(m, "CS766_2_1")).isEqualByComparingTo("42.86");
        assertThat(pct(m, "CS766_3_3")).isEqualByComparingTo("42.86");  // 3 online of 7
        assertThat(pct(m, "CS766_3_6")).isEqualByComparingTo("50");     // 1 paid online of 2 with fees
        assertThat(pct(m, "CS766_4_1")).isEqualByComparingTo("25");     // 1 e-result of 4 finished
        assertThat(pct(m, "CS766_4_2")).isEqualByComparingTo("14.29");  // 1 digitised of 7
        assertThat(pct(m, "CS766_5_4")).isEqualByComparingTo("28.57");  // 100 % - 4/7 late - 1/7 complaints
        assertThat(pct(m, "KH_HS_XIN_LOI")).isEqualByComparingTo("50");
        assertThat(m.get("KH_HS_TON_DONG").numerator()).isEqualByComparingTo("2");
        assertThat(m.get("CS766_2_2").value(IndicatorMeasure.AMOUNT)).isEqualByComparingTo("5.38"); // 21.5 days / 4

        Counts b = stats.byUnit(q1).get(unit("X_ANH_SON"));
        assertThat(b.measures().get("CS766_2_1")).isEqualTo(Measure.of(1, 2));
        assertThat(pct(b.measures(), "CS766_1_4")).isEqualByComparingTo("50");

        // the province adds numerators and denominators: 4 / 9, not the mean of 42.86 % and 50 %
        Counts province = stats.province(q1);
        Measure provinceAfter = province.measures().get("CS766_2_1");
        assertThat(provinceAfter.numerator().subtract(provinceBefore.numerator())).isEqualByComparingTo("4");
        assertThat(provinceAfter.denominator().subtract(provinceBefore.denominator())).isEqualByComparingTo("9");

        // the next quarter: A7 finishes late in April; A5 (due 5 April) and A6 are overdue at the end of June
        Counts aq2 = stats.byUnit(Period.parse("2019-Q2")).get(unit("SO_TU_PHAP"));
        assertThat(aq2.finishedLate()).isEqualTo(1);
        assertThat(aq2.openAtEnd()).isEqualTo(2);
        assertThat(aq2.overdueAtEnd()).isEqualTo(2);
        assertThat(aq2.measures().get("CS766_2_1")).isEqualTo(Measure.of(0, 3));

        // a month: at the end of March 2019, A5, A6, A7 are open
        assertThat(stats.byUnit(Period.parse("2019-M03")).get(unit("SO_TU_PHAP")).openAtEnd()).isEqualTo(3);

        // monthly trend: January 2019 on time = A1, A2 of 2
        var series = stats.monthly("CS766_2_1", unit("SO_TU_PHAP"), java.time.YearMonth.of(2019, 1), java.time.YearMonth.of(2019, 3));
        assertThat(series).hasSize(3);
        assertThat(series.get(0)).isEqualTo(Measure.of(2, 2));

        // lists: late in Q1 (A3, A4), overdue at its end (A6, A7), late without apology (A4, A6, A7)
        assertThat(stats.list(DossierStats.ListKind.LATE, q1, unit("SO_TU_PHAP"), 100))
                .extracting(DossierStats.DossierLine::code).containsExactlyInAnyOrder("T19-A3", "T19-A4");
        assertThat(stats.list(DossierStats.ListKind.OVERDUE, q1, unit("SO_TU_PHAP"), 100))
                .extracting(DossierStats.DossierLine::code).containsExactlyInAnyOrder("T19-A6", "T19-A7");
        assertThat(stats.list(DossierStats.ListKind.NO_APOLOGY, q1, unit("SO_TU_PHAP"), 100))
                .extracting(DossierStats.DossierLine::code).containsExactlyInAnyOrder("T19-A4", "T19-A6", "T19-A7");

        // the same statistics over the API
        mvc.perform(get("/api/v1/dossiers/stats").param("period", "2019-Q1").param("unit", "SO_TU_PHAP")
                        .with(httpBasic("xem", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counts.received").value(7));
    }

    @Test
    void sendingAFileAgainChangesNothingAndAnUpdateMovesTheAggregates() throws Exception {
        // other units than the 2019 set: the dossiers left open here stay open in every later period
        String file = DossierFiles.handComputed("T18-", 2018, "SO_TAI_CHINH", "X_YEN_XUAN");
        send("a.csv", file).andExpect(jsonPath("$.rowsNew").value(9));
        Period q1 = Period.parse("2018-Q1");
        Counts first = stats.byUnit(q1).get(unit("SO_TAI_CHINH"));
        send("a.csv", file).andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.rowsNew").value(0)).andExpect(jsonPath("$.rowsUpdated").value(9));
        assertThat(stats.byUnit(q1).get(unit("SO_TAI_CHINH"))).isEqualTo(first);
        assertThat(stored("T18-")).isEqualTo(9);

        // A6 now finished on 5 March, before its due date: on time, no longer open
        String update = DossierFiles.HEADER + "\nT18-A6,2.000488,SO_TAI_CHINH,2018-03-01 08:00,2018-03-10 17:00,2018-03-05 08:00,1,0,0,0,0,0,0,0,1,1\n";
        send("update.csv", update).andExpect(jsonPath("$.rowsUpdated").value(1));
        Counts after = stats.byUnit(q1).get(unit("SO_TAI_CHINH"));
        assertThat(after.finished()).isEqualTo(5);
        assertThat(after.finishedOnTime()).isEqualTo(3);
        assertThat(after.openAtEnd()).isEqualTo(2);
        assertThat(after.overdueAtEnd()).isEqualTo(1);
        assertThat(after.measures().get("CS766_2_1")).isEqualTo(Measure.of(4, 7));
        assertThat(after.received()).isEqualTo(7);
    }

    @Test
    void oneBadRowStoresNothingAndNamesTheRow() throws Exception {
        String csv = DossierFiles.HEADER + "\n"
                + "T17-1,2.000488,SO_TU_PHAP,2017-01-05 08:00,2017-01-10 17:00,2017-01-09 10:00,2,0,0,1,1,0,0,0,1,0\n"
                + "T17-2,2.000488,SO_KHONG_CO,2017-01-05 08:00,2017-01-10 17:00,,2,0,0,1,1,0,0,0,1,0\n"
                + "T17-3,2.000488,SO_TU_PHAP,2017-01-05 08:00,2017-01-10 17:00,,2,0,0,1,1,0,0,0,1,0\n";
        long ingestsBefore = jdbc.sql("select count(*) from dossier_ingest where status = 'REJECTED'").query(Long.class).single();
        send("bad.csv", csv).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("bad.csv")))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("unit_code"))
                .andExpect(jsonPath("$.errors[0].message", containsString("SO_KHONG_CO")));
        assertThat(stored("T17-")).isZero();
        assertThat(stats.byUnit(Period.parse("2017-Q1")).getOrDefault(unit("SO_TU_PHAP"), Counts.ZERO).received()).isZero();
        // the refusal itself is kept, with its errors, for the result page
        assertThat(jdbc.sql("select count(*) from dossier_ingest where status = 'REJECTED'").query(Long.class).single())
                .isEqualTo(ingestsBefore + 1);
    }

    @Test
    void badInputGetsClearVietnameseMessagesWithLineNumbers() throws Exception {
        String h = DossierFiles.HEADER + "\n";
        String ok = ",2.000488,SO_TU_PHAP,2016-01-05 08:00,2016-01-10 17:00,,2,0,0,1,1,0,0,0,1,0\n";
        // unknown procedure, dates out of order, bad channel
        send("x.csv", h + "T16-1,9.999999,SO_TU_PHAP,2016-01-05 08:00,2016-01-10 17:00,,2,0,0,1,1,0,0,0,1,0\n"
                + "T16-2,2.000488,SO_TU_PHAP,2016-01-05 08:00,2016-01-01 17:00,,2,0,0,1,1,0,0,0,1,0\n"
                + "T16-3,2.000488,SO_TU_PHAP,2016-01-05 08:00,2016-01-10 17:00,2016-01-04 17:00,2,0,0,1,1,0,0,0,1,0\n"
                + "T16-4,2.000488,SO_TU_PHAP,2016-01-05 08:00,2016-01-10 17:00,,7,0,0,1,1,0,0,0,1,0\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message", containsString("Không có thủ tục mã '9.999999'")))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].message", containsString("Hạn xử lý")))
                .andExpect(jsonPath("$.errors[2].line").value(4))
                .andExpect(jsonPath("$.errors[2].message", containsString("Ngày hoàn thành")))
                .andExpect(jsonPath("$.errors[3].line").value(5))
                .andExpect(jsonPath("$.errors[3].message", containsString("kênh nộp")));
        // a dossier code twice in one file: every line named
        send("dup.csv", h + "T16-5" + ok + "T16-6" + ok + "T16-5" + ok)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("T16-5")))
                .andExpect(jsonPath("$.errors[0].message", containsString("2, 4")));
        // a semicolon CSV
        send("semi.csv", h.replace(',', ';') + ("T16-7" + ok).replace(',', ';'))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("dấu phẩy")));
        // UTF-16 is refused with what is expected
        send("snv.cchc", "u16.csv", (h + "T16-8" + ok).getBytes(StandardCharsets.UTF_16), "text/csv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("UTF-8")));
        // a byte that is not UTF-8 after the first 64 KB: named by its line
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(h.getBytes(StandardCharsets.UTF_8));
        int line = 1;
        while (big.size() < 70_000) {
            big.writeBytes(("T16-B" + line + ok).getBytes(StandardCharsets.UTF_8));
            line++;
        }
        big.writeBytes(new byte[]{'T', '1', '6', (byte) 0xFF, '\n'});
        send("snv.cchc", "late-byte.csv", big.toByteArray(), "text/csv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(line + 1))
                .andExpect(jsonPath("$.errors[0].message", containsString("UTF-8")));
        assertThat(stored("T16-")).isZero();
    }

    @Test
    void utf8WithBomWindows1258AndJsonLinesAreRead() throws Exception {
        String csv = DossierFiles.HEADER + "\nT15-1,2.000488,SO_TU_PHAP,2015-01-05 08:00,2015-01-10 17:00,2015-01-06 08:00,2,0,0,1,1,0,0,0,1,0\n";
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        send("snv.cchc", "bom.csv", bom, "text/csv").andExpect(jsonPath("$.encoding").value("UTF-8 (BOM)"));
        // Vietnamese column names, saved by a Windows program in Windows-1258 (decomposed tones)
        String vn = "Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày tiếp nhận,Hạn xử lý,Ngày hoàn thành,Kênh\nT15-2,2.000488,SO_TU_PHAP,05/01/2015 08:00,10/01/2015 17:00,06/01/2015 08:00,1\n";
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] legacy = windows1258(vn).getBytes(cp1258);
        send("snv.cchc", "cu.csv", legacy, "text/csv").andExpect(status().isOk())
                .andExpect(jsonPath("$.encoding").value("windows-1258"));
        String jsonl = """
                {"code":"T15-3","procedure_code":"2.000488","unit_code":"SO_TU_PHAP","received_at":"2015-01-05T08:00:00","due_at":"2015-01-10T17:00:00","finished_at":"2015-01-06T08:00:00","channel":2,"digitised":true}
                {"ma_ho_so":"T15-4","ma_thu_tuc":"2.000488","ma_don_vi":"SO_TU_PHAP","ngay_tiep_nhan":"2015-01-06 08:00","han_xu_ly":"2015-01-12 17:00","ngay_hoan_thanh":"2015-01-07 08:00","kenh":1}
                """;
        send("snv.cchc", "a.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), "application/x-ndjson")
                .andExpect(status().isOk()).andExpect(jsonPath("$.format").value("JSONL")).andExpect(jsonPath("$.rowsNew").value(2));
        assertThat(stored("T15-")).isEqualTo(4);
        send("snv.cchc", "b.jsonl", "{\"code\": \"T15-5\"\n".getBytes(StandardCharsets.UTF_8), "application/x-ndjson")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].line").value(1));
    }

    /** How Windows-1258 writes Vietnamese: â ê ô ă ơ ư precomposed, tone marks as combining characters. */
    static String windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toCharArray()) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            String base = d.substring(0, 1);
            StringBuilder tones = new StringBuilder();
            for (char m : d.substring(1).toCharArray()) {
                if (m == '\u0302' || m == '\u0306' || m == '\u031B') {
                    base = java.text.Normalizer.normalize(base + m, java.text.Normalizer.Form.NFC);
                } else {
                    tones.append(m);
                }
            }
            out.append(base).append(tones);
        }
        return out.toString();
    }

    @Test
    void anOfficerSendsOnlyTheirUnitsDossiersAndAViewerNone() throws Exception {
        String csv = DossierFiles.HEADER + "\n"
                + "T14-1,2.000488,SO_TU_PHAP,2014-01-05 08:00,2014-01-10 17:00,,2,0,0,1,1,0,0,0,1,0\n"
                + "T14-2,2.000488,SO_KHCN,2014-01-05 08:00,2014-01-10 17:00,,2,0,0,1,1,0,0,0,1,0\n";
        send("stp.cchc", "mine.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].line", hasItem(3)))
                .andExpect(jsonPath("$.errors[0].message", containsString("SO_KHCN")));
        assertThat(stored("T14-")).isZero();
        send("xem", "v.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv").andExpect(status().isForbidden());
        String own = DossierFiles.HEADER + "\nT14-3,2.000488,SO_TU_PHAP,2014-01-05 08:00,2014-01-10 17:00,2014-01-06 08:00,2,0,0,1,1,0,0,0,1,0\n";
        send("stp.cchc", "own.csv", own.getBytes(StandardCharsets.UTF_8), "text/csv").andExpect(status().isOk());
        assertThat(stored("T14-")).isEqualTo(1);
        // each accepted file is in the audit trail
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'dossier_ingest' and actor = 'stp.cchc'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theUploadPageStreamsTheRawBodyAndShowsTheResult() throws Exception {
        String csv = DossierFiles.HEADER + "\nT13-1,2.000488,SO_TU_PHAP,2013-01-05 08:00,2013-01-10 17:00,2013-01-06 08:00,2,0,0,1,1,0,0,0,1,0\n";
        String body = mvc.perform(post("/dossiers/upload").param("name", "tai-len.csv").param("token", "t-1")
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                        .with(as("stp.cchc")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(true))
                .andReturn().getResponse().getContentAsString();
        String location = body.replaceAll(".*\"location\":\"([^\"]+)\".*", "$1");
        mvc.perform(get(location).with(as("stp.cchc"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("tai-len.csv")));
        // without the CSRF token the page refuses the upload (the web chain answers with a redirect or 403)
        String other = csv.replace("T13-1", "T13-2");
        mvc.perform(post("/dossiers/upload").param("name", "x.csv").contentType("text/csv")
                        .content(other.getBytes(StandardCharsets.UTF_8)).with(as("stp.cchc")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 403));
        assertThat(stored("T13-")).isEqualTo(1);
    }

    @Test
    void pagesShowTheStatisticsAndTheUploadPage() throws Exception {
        mvc.perform(get("/dossiers").param("period", "2019-Q1").with(as("lanhdao"))).andExpect(status().isOk());
        mvc.perform(get("/dossiers/upload").with(as("stp.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/dossiers/upload").with(as("xem"))).andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/units/SO_TU_PHAP").param("period", "2019-Q1").with(as("xem"))).andExpect(status().isOk());
        mvc.perform(get("/dossiers/lists/LATE").param("period", "2019-Q1").with(as("xem"))).andExpect(status().isOk());
        mvc.perform(get("/dossiers.xlsx").param("period", "2019-Q1").with(as("xem"))).andExpect(status().isOk());
        mvc.perform(get("/dossiers/lists/OVERDUE.xlsx").param("period", "2019-Q1").with(as("xem"))).andExpect(status().isOk());
    }

    /** The values in dossier, as text, of the given codes' rows. */
    private java.util.List<String> rows(String prefix) {
        return jdbc.sql("""
                        select concat(code, '|', supplement_days, '|', fee, '|', processing_days, '|', received_at, '|',
                                      due_at, '|', finished_at, '|', received_month, '|', finished_month, '|', overdue_month,
                                      '|', on_time, '|', late, '|', channel, '|', supplement_requests, '|', digitised, '|',
                                      paid_online, '|', result_base)
                        from dossier where code like ? order by code""").param(prefix + "%").query(String.class).list();
    }

    @Test
    void theBinaryCopyStoresWhatTheRulesComputedAndTheUpsertStoresTheSame() throws Exception {
        String csv = DossierFiles.HEADER + "\n"
                // supplement days 2.345 are rounded half up to 2.35 as numeric(8, 2) does; finished 9 d 0:44:30 after receipt
                + "T12-V1,2.000488,X_VAN_KIEU,2012-02-03 08:15:30,2012-02-10 17:00,2012-02-12 09:00,2,1,2.345,1,1,1234567,1,1,1,0\n"
                // open, overdue from February
                + "T12-V2,2.000488,X_VAN_KIEU,2012-01-31 23:59,2012-02-05 17:00,,1,0,0,0,0,0,0,0,0,0\n"
                // 72 minutes: 0.05 days; a fee of exactly one base-10000 digit
                + "T12-V3,2.000488,X_VAN_KIEU,2012-02-03 08:00,2012-02-04 17:00,2012-02-03 09:12,3,0,0,0,0,10000,0,0,0,0\n";
        java.util.List<String> expected = java.util.List.of(
                "T12-V1|2.35|1234567|6.69|2012-02-03 08:15:30|2012-02-10 17:00:00|2012-02-12 09:00:00|2012-02-01|2012-02-01||t|f|2|1|t|t|t",
                "T12-V2|0.00|0||2012-01-31 23:59:00|2012-02-05 17:00:00||2012-01-01||2012-02-01|f|f|1|0|f|f|f",
                "T12-V3|0.00|10000|0.05|2012-02-03 08:00:00|2012-02-04 17:00:00|2012-02-03 09:12:00|2012-02-01|2012-02-01||t|f|3|0|f|f|t");
        // all new: straight into dossier
        send("v.csv", csv).andExpect(jsonPath("$.rowsNew").value(3));
        assertThat(rows("T12-V")).isEqualTo(expected);
        // all known: through staging and the upsert, the same values
        send("v.csv", csv).andExpect(jsonPath("$.rowsUpdated").value(3));
        assertThat(rows("T12-V")).isEqualTo(expected);
        // finished, so that no dossier of this test stays open in the later periods other tests look at
        send("v2.csv", DossierFiles.HEADER + "\nT12-V2,2.000488,X_VAN_KIEU,2012-01-31 23:59,2012-02-05 17:00,2012-02-06 08:00,1,0,0,0,0,0,0,0,0,0\n")
                .andExpect(jsonPath("$.rowsUpdated").value(1));
        assertThat(rows("T12-V2")).containsExactly(
                "T12-V2|0.00|0|5.33|2012-01-31 23:59:00|2012-02-05 17:00:00|2012-02-06 08:00:00|2012-01-01|2012-02-01||f|t|1|0|f|f|t");
    }

    @Test
    void aKnownCodeInALargeFileSendsTheWholeFileThroughTheUpsertAndTheAggregatesStayExact() throws Exception {
        send("k.csv", DossierFiles.HEADER + "\nT11-K1,2.000488,X_VAN_DU,2011-01-03 08:00,2011-01-08 17:00,,2,0,0,1,1,0,0,0,1,0\n")
                .andExpect(jsonPath("$.rowsNew").value(1));
        StringBuilder big = new StringBuilder(DossierFiles.HEADER).append('\n');
        // the known dossier, now finished late, first: the direct COPY stops early and the rest is still unread
        big.append("T11-K1,2.000488,X_VAN_DU,2011-01-03 08:00,2011-01-08 17:00,2011-01-20 10:00,2,0,0,1,1,0,0,1,1,0\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        int n = 20_000;
        for (int i = 1; i <= n; i++) {
            int day = 1 + rnd.nextInt(28), month = 1 + rnd.nextInt(3), finish = 1 + rnd.nextInt(12);
            String received = "2011-%02d-%02d 08:00".formatted(month, day);
            String due = "2011-%02d-%02d 17:00".formatted(month + 1, Math.min(day, 28) > 20 ? 5 : day + 5);
            String finished = "2011-%02d-%02d 09:30".formatted(month + (finish > 8 ? 2 : 1), finish + 10);
            big.append("T11-N").append(i).append(",2.000488,X_VAN_DU,").append(received).append(',').append(due).append(',')
                    .append(finished).append(",2,").append(rnd.nextInt(3)).append(",1,1,0,0,0,")
                    .append(rnd.nextInt(2)).append(",1,0\n");
        }
        assertThat(big.length()).isGreaterThan(1_000_000);
        send("big.csv", big.toString()).andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.rowsRead").value(n + 1))
                .andExpect(jsonPath("$.rowsNew").value(n)).andExpect(jsonPath("$.rowsUpdated").value(1));
        assertThat(stored("T11-")).isEqualTo(n + 1);
        String measures = "unit_id, field_code, month, received, finished, finished_on_time, finished_late, finished_late_apology, "
                + "processing_days, open_delta, overdue_delta";
        String year = " where month between date '2011-01-01' and date '2011-12-01'"
                + " and (received <> 0 or finished <> 0 or open_delta <> 0 or overdue_delta <> 0)";
        String incremental = "select t::text from (select " + measures + " from dossier_month" + year + ") t";
        String rebuilt = "select t::text from (select " + measures + " from (" + Aggregates.REBUILD + ") r" + year + ") t";
        assertThat(jdbc.sql(incremental + " except " + rebuilt).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql(rebuilt + " except " + incremental).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql(incremental).query(String.class).list()).isNotEmpty();
        // the same file again changes nothing
        send("big.csv", big.toString()).andExpect(jsonPath("$.rowsNew").value(0))
                .andExpect(jsonPath("$.rowsUpdated").value(n + 1));
        assertThat(jdbc.sql(incremental + " except " + rebuilt).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql(rebuilt + " except " + incremental).query(String.class).list()).isEmpty();
    }
}
