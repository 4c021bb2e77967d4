package vn.cchc.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under their own path patterns instead of Boot's {@code /**}. With the resource chain on (webjars-locator
 * puts it on), every link a page writes goes through the resource URL provider; under {@code /**} each link to a page
 * such as /plans/1 was looked up again across the class path's jars (about 14 % of the CPU under load), and the
 * chain's cache keeps only what it found. Here only links below these folders are resolved, and those are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** URL folder → class-path folder; spring.web.resources.add-mappings=false turns Boot's own mappings off. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        // version-less webjar URLs (/webjars/htmx.org/dist/htmx.min.js) resolved by webjars-locator-lite
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        // the address bar's icon: linked from the shared head as SVG, and at /favicon.ico for what asks there unprompted
        registry.addResourceHandler("/images/**").addResourceLocations("classpath:/static/images/")
                .resourceChain(true);
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/")
                .resourceChain(true);
    }
}
