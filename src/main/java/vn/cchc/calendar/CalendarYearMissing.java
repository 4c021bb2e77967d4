package vn.cchc.calendar;

/**
 * A working-day computation reached a year that has no calendar table. Deadlines are never guessed: without the
 * year's holidays a count of working days would be wrong, so the caller gets this instead.
 */
public class CalendarYearMissing extends RuntimeException {

    private final int year;

    public CalendarYearMissing(int year) {
        super("Chưa có lịch ngày nghỉ năm " + year + ": quản trị viên cần lập bảng ngày nghỉ của năm này.");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
