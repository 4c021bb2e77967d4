package vn.cchc.command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** Runs the command named by the first argument, after every start-up runner (reference data) has run. */
@Component
@Profile("command")
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandMode implements ApplicationRunner, ExitCodeGenerator {

    private final List<CchcCommand> commands;
    private int exitCode;

    CommandMode(List<CchcCommand> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(CchcCommand::name)).toList();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> words = CommandLine.words(args.getSourceArgs());
        if (words.isEmpty()) {
            listCommands(out);
            return;
        }
        CchcCommand command = commands.stream().filter(c -> c.name().equals(words.get(0))).findFirst().orElse(null);
        if (command == null) {
            err.println("Lệnh không tồn tại: " + words.get(0));
            listCommands(err);
            exitCode = 2;
            return;
        }
        exitCode = command.run(words.subList(1, words.size()), out, err);
    }

    private void listCommands(PrintStream out) {
        out.println("Cách dùng: ./cchc LỆNH [THAM SỐ]");
        out.println("Các lệnh:");
        for (CchcCommand c : commands) {
            out.printf("  %-16s %s%n", c.name(), c.usage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
