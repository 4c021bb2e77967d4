package vn.cchc.command;

import java.util.List;

/**
 * A command that needs neither the database nor a Spring context: reading a phrase or a file. The ./cchc script's
 * JVM runs it straight from {@code main}, before Spring starts, so it does not pay for an embedded PostgreSQL, the
 * migrations and the reference directory (about ten seconds) to answer in a fraction of one.
 */
public interface StandaloneCommand extends CchcCommand {

    /**
     * @return false when these arguments need the application after all (an .xlsx task template is read with the
     * message bundles); the command then runs as a bean of the started application, like any other
     */
    default boolean runsStandalone(List<String> arguments) {
        return true;
    }
}
