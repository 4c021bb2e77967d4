package vn.cchc.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The working-day calendar over HTTP (Basic auth): a year's table and the working-day arithmetic. Read only. */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lịch ngày làm việc", description = "Ngày nghỉ lễ, nghỉ bù, hoán đổi, làm bù theo năm; cộng và đếm ngày làm việc")
class CalendarApi {

    private final CalendarDays days;
    private final WorkingDays workingDays;
    private final MessageSource messages;

    CalendarApi(CalendarDays days, WorkingDays workingDays, MessageSource messages) {
        this.days = days;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    /** A year's table. Dates are ISO (yyyy-MM-dd). */
    record YearTable(int year, List<DayEntry> days) {
    }

    record Addition(LocalDate from, int days, LocalDate date) {
    }

    record Count(LocalDate from, LocalDate to, int workingDays) {
    }

    record Day(LocalDate date, boolean workingDay, LocalDate nextWorkingDay) {
    }

    @GetMapping("/{year}")
    @Operation(summary = "Bảng ngày nghỉ của một năm",
            description = "Mọi ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi và ngày làm bù của năm; confirmed = false là ngày "
                    + "chưa đối chiếu với văn bản đã công bố. Năm chưa có bảng: 404.")
    YearTable year(@PathVariable int year) {
        if (!days.hasYear(year)) {
            throw new CalendarYearMissing(year);
        }
        return new YearTable(year, days.of(year));
    }

    @GetMapping("/working-days/add")
    @Operation(summary = "Ngày làm việc thứ N sau một ngày",
            description = "Không tính ngày bắt đầu: 5 ngày làm việc sau 2025-01-24 là 2025-02-07. Số âm: đếm lùi. "
                    + "Tối đa ±" + WorkingDays.MAX_DAYS + " ngày.")
    Addition add(@Parameter(description = "Ngày bắt đầu (yyyy-MM-dd)")
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @Parameter(description = "Số ngày làm việc") @RequestParam int days) {
        return new Addition(from, days, workingDays.add(from, days));
    }

    @GetMapping("/working-days/count")
    @Operation(summary = "Số ngày làm việc giữa hai ngày",
            description = "Các ngày làm việc sau ngày from đến hết ngày to; âm khi to trước from. Tối đa 10 năm.")
    Count count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new Count(from, to, workingDays.countBetween(from, to));
    }

    @GetMapping("/working-days/{date}")
    @Operation(summary = "Một ngày có phải ngày làm việc không, và ngày làm việc kế tiếp")
    Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return new Day(date, workingDays.isWorkingDay(date), workingDays.nextWorkingDay(date));
    }

    @ExceptionHandler(CalendarYearMissing.class)
    ProblemDetail missing(CalendarYearMissing e) {
        return problem(HttpStatus.NOT_FOUND, messages.getMessage("calendar.api.noTable", new Object[]{e.year()},
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail tooFar(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("calendar.api.title", null, LocaleContextHolder.getLocale()));
        return problem;
    }
}
