package vn.cchc.command;

import java.io.PrintStream;
import java.util.List;

/** One command of the ./cchc script. */
public interface CchcCommand {

    /** The word typed after ./cchc, e.g. "parse-plan". */
    String name();

    /** One line of usage shown by ./cchc without arguments, e.g. "FILE  parse a plan document, print JSON". */
    String usage();

    /** @return the process exit code: 0 success, 1 failure, 2 wrong arguments */
    int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
