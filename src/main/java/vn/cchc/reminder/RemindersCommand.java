package vn.cchc.reminder;

import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.calendar.CalendarYearMissing;
import vn.cchc.command.CchcCommand;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code ./cchc reminders --on 2025-06-20}: the reminders that day would send, as JSON (user, unit, kind, thing, due,
 * reason), computed as the daily job computes them and sent to nobody. On a throwaway database it needs the demo
 * data: {@code --spring.profiles.active=command,demo}.
 */
@Component
class RemindersCommand implements CchcCommand {

    private static final String USAGE = "Cách dùng: ./cchc reminders --on 2025-06-20 --spring.profiles.active=command,demo";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Reminders reminders;

    RemindersCommand(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public String usage() {
        return "--on NGÀY  các lời nhắc của ngày đó dạng JSON, không gửi (dữ liệu mẫu: --spring.profiles.active=command,demo)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 2 || !arguments.get(0).equals("--on")) {
            err.println(USAGE);
            return 2;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(arguments.get(1));
        } catch (DateTimeParseException e) {
            err.println("Ngày cần dạng yyyy-MM-dd, nhận được: " + arguments.get(1));
            err.println(USAGE);
            return 2;
        }
        try {
            List<Reminder> list = reminders.on(day);
            out.println(JSON.writeValueAsString(list.stream().map(Json::of).toList()));
            return 0;
        } catch (CalendarYearMissing e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The printed form: dates as yyyy-MM-dd. */
    record Json(String user, String unit, String kind, Thing thing, String due, String reason) {
        static Json of(Reminder r) {
            return new Json(r.user(), r.unit(), r.kind(), r.thing(), r.due().toString(), r.reason());
        }
    }
}
