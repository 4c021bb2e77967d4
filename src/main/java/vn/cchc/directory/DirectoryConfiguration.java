package vn.cchc.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires name resolution to the stored directory, so imports and edits reach it without a restart. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    AgencyResolver agencyResolver(DirectoryCatalogue catalogue) {
        return new AgencyNameResolver(catalogue);
    }
}
