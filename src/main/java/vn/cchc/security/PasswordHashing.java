package vn.cchc.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside the web configuration, because command mode (no web server) also creates users. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, and stored hashes name their algorithm so it can be upgraded.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
