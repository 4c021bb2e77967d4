package vn.cchc.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The province's clock. Deadlines, validity dates and report periods are Nghệ An days whatever the server's time
 * zone, so every "today" is taken from this bean; a test or a seeder stands in front of it with a clock it can set.
 */
@Configuration(proxyBeanMethods = false)
public class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
