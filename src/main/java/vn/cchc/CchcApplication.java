package vn.cchc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
// module listeners (@ApplicationModuleListener) run after the publisher's commit on their own thread
@EnableAsync
public class CchcApplication {

    public static void main(String[] args) {
        SpringApplication.run(CchcApplication.class, args);
    }
}
