package vn.cchc.plan;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.command.StandaloneCommand;
import vn.cchc.plan.parse.DeadlineParser;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code ./cchc parse-deadline "TEXT" --year 2024}: prints the deadline object of the parse contract. */
@Component
class DeadlineParseCommand implements StandaloneCommand {

    private final ObjectMapper json;
    private final Clock clock;

    DeadlineParseCommand(ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.json = json;
    }

    @Override
    public String name() {
        return "parse-deadline";
    }

    @Override
    public String usage() {
        return "\"VĂN BẢN\" [--year NĂM]  đọc một thời hạn như \"Quý II/2024\", in JSON";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(arguments);
        int year = LocalDate.now(clock).getYear();
        int flag = words.indexOf("--year");
        if (flag >= 0) {
            if (flag + 1 >= words.size() || !words.get(flag + 1).matches("\\d{4}")) {
                err.println("--year cần một năm có 4 chữ số, ví dụ --year 2024");
                return 2;
            }
            year = Integer.parseInt(words.get(flag + 1));
            words.subList(flag, flag + 2).clear();
        }
        if (words.size() != 1) {
            err.println("Cách dùng: ./cchc parse-deadline \"Quý II/2024\" --year 2024");
            return 2;
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(DeadlineParser.parse(words.get(0), year)));
        return 0;
    }
}
