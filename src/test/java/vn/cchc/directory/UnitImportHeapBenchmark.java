package vn.cchc.directory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The field test's million-row unit sheet, uploaded through the real endpoint, with the heap watched. Run on demand
 * (it builds a 1,000,000-row file): ./mvnw -o test -Dtest=UnitImportHeapBenchmark -Dcchc.bench=true
 */
@EnabledIfSystemProperty(named = "cchc.bench", matches = "true")
@UsesDemoData("the demo accounts")
class UnitImportHeapBenchmark extends CchcIntegrationTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aMillionRowUnitSheetIsRefusedWithTheHeapGrowingLessThan300Megabytes() throws Exception {
        measure("1,000,000 rows, code | name | kind | parent", communes(1_000_000, true));
    }

    @Test
    void aMillionRowSheetSmallEnoughToUnpackIsStoppedAtTheRowCap() throws Exception {
        measure("1,000,000 rows, code filled, name and kind left empty", communes(1_000_000, false));
    }

    /**
     * The baseline, same run and same file: what the import did before, POI's whole-workbook reader, with POI's
     * default zip limits (the application now lowers them, which alone would stop this file).
     */
    @Test
    void baselineTheWholeWorkbookReaderOnTheSameFileNeedsFarMoreHeap() throws Exception {
        byte[] xlsx = communes(1_000_000, false);
        long maxEntry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(0xFFFFFFFFL);
        System.gc();
        long before = used();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome;
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            outcome = "read " + (wb.getSheetAt(0).getLastRowNum() + 1) + " rows";
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(maxEntry);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = peak();
        System.gc();
        System.out.printf("BENCH baseline WorkbookFactory, file %d MB: %s after %d ms; heap used before %d MB, peak %d MB"
                + " (growth %d MB), max heap %d MB%n", xlsx.length / MB, outcome, millis, before / MB, peak / MB,
                (peak - before) / MB, Runtime.getRuntime().maxMemory() / MB);
        assertThat(outcome.equals("OutOfMemoryError") || peak - before > 300 * MB).isTrue();
    }

    private void measure(String what, byte[] xlsx) throws Exception {
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long before = used();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            String body = mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("trieu-dong.xlsx", xlsx))
                            .with(httpBasic("snv.cchc", vn.cchc.demo.DemoAccounts.PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = peak();
            System.out.printf("BENCH %s, file %d MB, run %d: refused in %d ms; heap used before %d MB, peak %d MB"
                            + " (growth %d MB); answer %d bytes: %s%n", what, xlsx.length / MB, run, millis, before / MB,
                    peak / MB, (peak - before) / MB, body.length(), body.substring(0, Math.min(300, body.length())));
            assertThat(peak - before).isLessThan(300 * MB);
            assertThat(body.length()).isLessThan(10_000);
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static long peak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static byte[] communes(int count, boolean full) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Đơn vị");
            Row head = sheet.createRow(0);
            for (int c = 0; c < (full ? 4 : 3); c++) {
                head.createCell(c).setCellValue(Workbooks.HEADER.get(c));
            }
            for (int r = 1; r <= count; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("X_TRIEU_" + r);
                if (full) {
                    row.createCell(1).setCellValue("Xã Thử Nghiệm " + r);
                    row.createCell(2).setCellValue("Xã");
                    row.createCell(3).setCellValue("UBND_TINH");
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
