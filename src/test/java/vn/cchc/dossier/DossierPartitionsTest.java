package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monthly partitions of dossier: rows go to their month's partition (or the default one until the job makes it),
 * a code stays unique across partitions, and a past year is archived by detaching its months. Each test uses its own
 * years (2001–2007), which no other test and not the demo data use.
 */
class DossierPartitionsTest extends CchcIntegrationTest {

    @Autowired
    DossierIngest ingest;

    @Autowired
    DossierPartitions partitions;

    @Autowired
    java.time.Clock clock;

    private IngestResult send(String... rows) {
        String csv = DossierFiles.HEADER + "\n" + String.join("\n", rows) + "\n";
        return ingest.ingestAsSystem("phan-vung.csv", DossierFormat.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
    }

    /** A dossier of Sở Tư pháp received on the day given, finished five days later unless open. */
    private static String row(String code, String receivedDay, boolean finished) {
        LocalDate d = LocalDate.parse(receivedDay);
        return code + ",2.000488,SO_TU_PHAP," + d + " 08:00," + d.plusDays(10) + " 17:00,"
                + (finished ? d.plusDays(5) + " 10:00" : "") + ",1,0,0,0,0,0,0,0,1,0";
    }

    private String partitionOf(String code) {
        return jdbc.sql("select tableoid::regclass::text from dossier where code = ?").param(code).query(String.class).single();
    }

    private long rowsOf(String code) {
        return jdbc.sql("select count(*) from dossier where code = ?").param(code).query(Long.class).single();
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
    }

    @Test
    void aDossierOfAMonthWithoutPartitionWaitsInTheDefaultOneUntilTheJobGivesItItsMonth() {
        assertThat(send(row("PV05-1", "2005-03-10", true)).accepted()).isTrue();
        assertThat(partitionOf("PV05-1")).isEqualTo("dossier_p_default");

        List<YearMonth> made = partitions.ensureAhead();

        assertThat(made).contains(YearMonth.of(2005, 3));
        assertThat(partitionOf("PV05-1")).isEqualTo("dossier_p2005_03");
        assertThat(rowsOf("PV05-1")).isEqualTo(1);
    }

    @Test
    void theJobKeepsThisMonthAndTheNextThreeAndASecondRunMakesNothing() {
        partitions.ensureAhead();

        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i <= DossierPartitions.MONTHS_AHEAD; i++) {
            YearMonth m = now.plusMonths(i);
            assertThat(exists("dossier_p%d_%02d".formatted(m.getYear(), m.getMonthValue()))).as(m.toString()).isTrue();
        }
        assertThat(partitions.ensureAhead()).isEmpty();
    }

    @Test
    void twoNodesMakingTheSameMonthAtOnceMakeItOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Boolean>> calls = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return jdbc.sql("select dossier_partition_ensure(date '2001-06-01')").query(Boolean.class).single();
            }, nodes)).toList();
            start.countDown();

            assertThat(calls.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdown();
        }
        assertThat(exists("dossier_p2001_06")).isTrue();
    }

    @Test
    void aFileGivingAStoredDossierAnotherReceiptMonthUpdatesItInsteadOfStoringItTwice() {
        assertThat(send(row("PV06-1", "2006-01-05", true)).accepted()).isTrue();

        IngestResult moved = send(row("PV06-1", "2006-02-05", true));

        assertThat(moved.accepted()).isTrue();
        assertThat(moved.rowsNew()).isZero();
        assertThat(moved.rowsUpdated()).isEqualTo(1);
        assertThat(rowsOf("PV06-1")).isEqualTo(1);
        assertThat(jdbc.sql("select received_at from dossier where code = 'PV06-1'").query(LocalDateTime.class).single())
                .isEqualTo(LocalDateTime.of(2006, 2, 5, 8, 0));
        assertThat(jdbc.sql("select coalesce(sum(received), 0) from dossier_unit_month where month = date '2006-01-01'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select coalesce(sum(received), 0) from dossier_unit_month where month = date '2006-02-01'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNewFileNamingOneCodeUnderTwoReceiptMonthsIsRefusedNamingBothLines() {
        IngestResult r = send(row("PV07-1", "2007-01-05", true), row("PV07-1", "2007-02-05", true));

        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("Mã hồ sơ 'PV07-1' xuất hiện nhiều lần trong tệp (các dòng 2, 3)."));
        assertThat(rowsOf("PV07-1")).isZero();
    }

    @Test
    void archivingAPastYearDetachesItsMonthsAndKeepsThemAsArchiveTables() {
        assertThat(send(row("PV04-1", "2004-04-10", true), row("PV04-2", "2004-09-10", true)).accepted()).isTrue();

        DossierPartitions.Archived a = partitions.archive(2004, false);

        assertThat(a.months()).containsExactly(YearMonth.of(2004, 4), YearMonth.of(2004, 9));
        assertThat(a.rows()).isEqualTo(2);
        assertThat(rowsOf("PV04-1") + rowsOf("PV04-2")).isZero();
        assertThat(exists("dossier_p2004_04")).isFalse();
        assertThat(exists("dossier_archive_2004_04")).isTrue();
        assertThat(exists("dossier_archive_2004_09")).isTrue();
        assertThat(jdbc.sql("select count(*) from dossier_code where code like 'PV04-%'").query(Long.class).single()).isZero();
        assertThat(partitions.archive(2004, false).months()).isEmpty();
    }

    @Test
    void archivingWithDropLeavesNoTableOfThatYear() {
        assertThat(send(row("PV03-1", "2003-05-10", true)).accepted()).isTrue();

        DossierPartitions.Archived a = partitions.archive(2003, true);

        assertThat(a.rows()).isEqualTo(1);
        assertThat(exists("dossier_p2003_05")).isFalse();
        assertThat(exists("dossier_archive_2003_05")).isFalse();
        assertThat(rowsOf("PV03-1")).isZero();
    }

    @Test
    void aYearWithAnUnfinishedDossierIsNotArchived() {
        assertThat(send(row("PV02-1", "2002-07-10", true), row("PV02-2", "2002-08-10", false)).accepted()).isTrue();

        try {
            assertThatThrownBy(() -> partitions.archive(2002, true)).isInstanceOf(DossierPartitions.ArchiveRefused.class)
                    .hasMessage("Năm 2002 còn 1 hồ sơ chưa giải quyết xong; chưa lưu trữ được.");
            assertThat(rowsOf("PV02-1")).isEqualTo(1);
        } finally {
            // an open dossier of 2002 would stay open in every later quarter of Sở Tư pháp that other tests compute by hand
            assertThat(send(row("PV02-2", "2002-08-10", true)).accepted()).isTrue();
        }
    }

    @Test
    void theCurrentYearIsNotArchived() {
        int year = YearMonth.now(clock).getYear();

        assertThatThrownBy(() -> partitions.archive(year, false)).isInstanceOf(DossierPartitions.ArchiveRefused.class)
                .hasMessageContaining("năm " + year + " chưa kết thúc");
    }
}
