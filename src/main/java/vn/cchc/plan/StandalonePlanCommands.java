package vn.cchc.plan;

import tools.jackson.databind.json.JsonMapper;
import vn.cchc.command.StandaloneCommand;
import vn.cchc.command.StandaloneCommands;
import vn.cchc.directory.AgencyNameResolver;
import vn.cchc.directory.ReferenceDirectory;
import vn.cchc.plan.parse.PlanParsing;

import java.time.Clock;
import java.util.List;

/**
 * {@code ./cchc parse-deadline} and {@code ./cchc parse-plan} without the application: the same command classes and
 * parser, with agency names resolved against the bundled reference directory (directory/units.tsv, the list the
 * stored directory is seeded from in command mode) instead of the database.
 */
public final class StandalonePlanCommands implements StandaloneCommands {

    @Override
    public List<StandaloneCommand> commands(Clock clock) {
        PlanParsing parsing = new PlanParsing(new AgencyNameResolver(new ReferenceDirectory()), null, clock);
        return List.of(new DeadlineParseCommand(JsonMapper.builder().build(), clock), new PlanParseCommand(parsing));
    }
}
