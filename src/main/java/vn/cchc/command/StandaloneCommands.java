package vn.cchc.command;

import java.time.Clock;
import java.util.List;

/**
 * A module's standalone commands, built by hand from plain objects (no beans). Implementations are listed in
 * {@code META-INF/services/vn.cchc.command.StandaloneCommands}, found by {@link java.util.ServiceLoader}, because the
 * command module cannot depend on the modules whose commands it runs.
 */
public interface StandaloneCommands {

    /** @param clock "today" for a document or phrase that names no year */
    List<StandaloneCommand> commands(Clock clock);
}
