package vn.cchc.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import vn.cchc.vietnamese.Vietnamese;

import java.util.Locale;
import java.util.TimeZone;

/** The product speaks Vietnamese whatever the browser asks for: dates dd/MM/yyyy, numbers 1.234,5. */
@Configuration(proxyBeanMethods = false)
class VietnameseLocale {

    static final Locale VIETNAMESE = Vietnamese.LOCALE;

    @Bean
    LocaleResolver localeResolver() {
        FixedLocaleResolver resolver = new FixedLocaleResolver(VIETNAMESE);
        resolver.setDefaultTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        return resolver;
    }
}
