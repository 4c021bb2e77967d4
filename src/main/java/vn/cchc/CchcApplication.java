package vn.cchc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import vn.cchc.command.CommandLine;
import vn.cchc.time.ProvinceTime;

import java.time.Clock;
import java.util.Optional;

@SpringBootApplication
// module listeners (@ApplicationModuleListener) run after the publisher's commit on their own thread
@EnableAsync
public class CchcApplication {

    public static void main(String[] args) throws Exception {
        // ./cchc parse-deadline, parse-plan: answered before Spring, the database and the migrations start
        Optional<Integer> standalone = CommandLine.runStandalone(args, Clock.system(ProvinceTime.ZONE));
        if (standalone.isPresent()) {
            System.exit(standalone.get());
        }
        ConfigurableApplicationContext context = SpringApplication.run(CchcApplication.class, args);
        if (context.getEnvironment().matchesProfiles("command")) {
            // ./cchc: the command's exit code (1 failure, 2 wrong arguments) must reach the shell
            System.exit(SpringApplication.exit(context));
        }
    }
}
