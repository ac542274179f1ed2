package tr.manset.system.web;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Reader pages may be kept by browsers and a CDN for a minute and then revalidated with their
 * ETag, which answers 304 when nothing changed. Newsroom and operations pages are never cached; comment actions under /yorum and view counting under /okunma set their own.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration implements WebMvcConfigurer {

    /** A short life: a correction reaches readers within a minute even through a CDN. */
    static final CacheControl READER_PAGES = CacheControl.maxAge(Duration.ofSeconds(60))
        .cachePublic()
        .staleWhileRevalidate(Duration.ofSeconds(30));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor readerPages = new WebContentInterceptor();
        readerPages.addCacheMapping(READER_PAGES, "/**");
        registry.addInterceptor(readerPages).excludePathPatterns("/yonetim/**", "/actuator/**", "/error", "/medya/**", "/assets/**",
            "/yorum/**", "/okunma/**");
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/*");
        registration.setName("etags");
        return registration;
    }
}
