package vn.cchc.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFilesTest {

    private final EvidenceFiles files = new EvidenceFiles(1024);

    @Test
    void acceptsKnownTypesByMagicBytesAndRefusesTheRest() {
        assertThat(files.check("%PDF-1.7 ...".getBytes())).isEqualTo("application/pdf");
        assertThat(files.check(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})).isEqualTo("image/jpeg");
        assertThat(files.check(new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0})).isEqualTo("image/png");
        assertThatThrownBy(() -> files.check("<html>".getBytes())).hasMessage("plan.evidence.badType");
        assertThatThrownBy(() -> files.check(new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0})).hasMessage("plan.evidence.badType");
        assertThatThrownBy(() -> files.check(new byte[2048])).hasMessage("plan.evidence.tooLarge");
    }

    @Test
    void statesAreDerivedFromTheDeadlineAndToday() {
        java.time.LocalDate due = java.time.LocalDate.of(2024, 3, 31);
        assertThat(TaskState.derive("IN_PROGRESS", null, due, due)).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(TaskState.derive("IN_PROGRESS", null, due, due.plusDays(1))).isEqualTo(TaskState.OVERDUE);
        assertThat(TaskState.derive("DONE", due, due, due.plusDays(9))).isEqualTo(TaskState.DONE_ON_TIME);
        assertThat(TaskState.derive("DONE", due.plusDays(1), due, due.plusDays(9))).isEqualTo(TaskState.DONE_LATE);
        assertThat(TaskState.derive("POSTPONED", null, due, due.plusDays(9))).isEqualTo(TaskState.POSTPONED);
        assertThat(TaskState.derive("NOT_STARTED", null, null, due)).isEqualTo(TaskState.NOT_STARTED);
    }
}
