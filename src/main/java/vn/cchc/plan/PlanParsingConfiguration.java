package vn.cchc.plan;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.plan.parse.PlanParsing;


/** One parser for every entry point (import screen, API, ./cchc), reading documents and the .xlsx task template alike. */
@Configuration(proxyBeanMethods = false)
class PlanParsingConfiguration {

    @Bean
    PlanParsing planParsing(AgencyResolver resolver, XlsxTaskTemplate template, Clock clock) {
        return new PlanParsing(resolver, template.reader(resolver), clock);
    }
}
