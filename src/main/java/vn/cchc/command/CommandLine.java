package vn.cchc.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The words typed after ./cchc, and the shortcut for {@link StandaloneCommand}s: the application's {@code main}
 * asks {@link #runStandalone} first and starts Spring only when it declines (no arguments, a command that needs the
 * database, arguments the standalone path does not cover).
 */
public final class CommandLine {

    private static final String COMMAND_PROFILE = "--spring.profiles.active=command";

    private CommandLine() {
    }

    /**
     * The command's words: raw arguments, not Spring's option parsing, so a command's own flags ("--year 2024") keep
     * their values; only Spring's settings (--spring.*, --cchc.*, --logging.*) are removed.
     */
    static List<String> words(String[] args) {
        return Arrays.stream(args).filter(a -> !isSetting(a)).toList();
    }

    private static boolean isSetting(String argument) {
        return argument.startsWith("--spring.") || argument.startsWith("--cchc.") || argument.startsWith("--logging.");
    }

    /**
     * Runs the named command without Spring when it is standalone and these arguments allow it.
     *
     * @return the exit code, or empty when the application must start to run the command
     */
    public static Optional<Integer> runStandalone(String[] args, Clock clock, PrintStream out, PrintStream err)
            throws Exception {
        // only as ./cchc runs it, the command profile and no other setting: a setting may change what a command does
        if (!Arrays.stream(args).filter(CommandLine::isSetting).toList().equals(List.of(COMMAND_PROFILE))) {
            return Optional.empty();
        }
        List<String> words = words(args);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> arguments = words.subList(1, words.size());
        for (StandaloneCommands module : ServiceLoader.load(StandaloneCommands.class)) {
            for (StandaloneCommand command : module.commands(clock)) {
                if (command.name().equals(words.get(0))) {
                    return command.runsStandalone(arguments)
                            ? Optional.of(command.run(arguments, out, err))
                            : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #runStandalone} on the process's own streams, in UTF-8 like command mode's. */
    public static Optional<Integer> runStandalone(String[] args, Clock clock) throws Exception {
        return runStandalone(args, clock, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }
}
