package vn.cchc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
// module listeners (@ApplicationModuleListener) run after the publisher's commit on their own thread
@EnableAsync
public class CchcApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(CchcApplication.class, args);
        if (context.getEnvironment().matchesProfiles("command")) {
            // ./cchc: the command's exit code (1 failure, 2 wrong arguments) must reach the shell
            System.exit(SpringApplication.exit(context));
        }
    }
}
