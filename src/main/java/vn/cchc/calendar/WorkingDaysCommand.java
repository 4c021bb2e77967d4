package vn.cchc.calendar;

import org.springframework.stereotype.Component;
import vn.cchc.command.CchcCommand;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code ./cchc working-days --from 2025-01-24 --add 5} prints the date 5 working days later (2025-02-07);
 * {@code --from D --to E} prints how many working days lie after D up to E.
 */
@Component
class WorkingDaysCommand implements CchcCommand {

    private static final String USAGE = "Cách dùng: ./cchc working-days --from 2025-01-24 --add 5"
            + "  hoặc  ./cchc working-days --from 2025-01-24 --to 2025-02-28";
    private final WorkingDays workingDays;

    WorkingDaysCommand(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public String name() {
        return "working-days";
    }

    @Override
    public String usage() {
        return "--from NGÀY (--add N | --to NGÀY)  cộng hoặc đếm ngày làm việc theo lịch ngày nghỉ";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String from = value(arguments, "--from");
        String add = value(arguments, "--add");
        String to = value(arguments, "--to");
        if (from == null || (add == null) == (to == null) || arguments.size() != 4) {
            err.println(USAGE);
            return 2;
        }
        try {
            LocalDate start = LocalDate.parse(from);
            if (add != null) {
                out.println(workingDays.add(start, Integer.parseInt(add)));
            } else {
                out.println(workingDays.countBetween(start, LocalDate.parse(to)));
            }
            return 0;
        } catch (DateTimeParseException | NumberFormatException e) {
            err.println("Ngày cần dạng yyyy-MM-dd và số ngày là số nguyên: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (CalendarYearMissing | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String value(List<String> arguments, String flag) {
        int i = arguments.indexOf(flag);
        return i >= 0 && i + 1 < arguments.size() ? arguments.get(i + 1) : null;
    }
}
