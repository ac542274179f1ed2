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
 * Stylesheets and scripts under a content-hashed address ({@link Assets}) never change, so they are kept for a year.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration implements WebMvcConfigurer {

    /** A short life: a correction reaches readers within a minute even through a CDN. */
    static final CacheControl READER_PAGES = CacheControl.maxAge(Duration.ofSeconds(60))
        .cachePublic()
        .staleWhileRevalidate(Duration.ofSeconds(30));

    /** "/assets/site-0123….css": the address changes with the content. */
    static final String VERSIONED_ASSET = "/assets/{name:[\\w.-]+}-{hash:[0-9a-f]{32}}.{extension:[a-z0-9]+}";

    static final CacheControl VERSIONED_ASSETS = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** The few assets linked without their hash (the favicon, the sign-in page's stylesheets). */
    static final CacheControl PLAIN_ASSETS = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor readerPages = new WebContentInterceptor();
        readerPages.addCacheMapping(READER_PAGES, "/**");
        registry.addInterceptor(readerPages).excludePathPatterns("/yonetim/**", "/actuator/**", "/error", "/medya/**", "/assets/**",
            "/yorum/**", "/okunma/**");

        registry.addInterceptor(cacheAll(VERSIONED_ASSETS)).addPathPatterns(VERSIONED_ASSET);
        registry.addInterceptor(cacheAll(PLAIN_ASSETS)).addPathPatterns("/assets/**").excludePathPatterns(VERSIONED_ASSET);
    }

    private static WebContentInterceptor cacheAll(CacheControl cacheControl) {
        WebContentInterceptor interceptor = new WebContentInterceptor();
        interceptor.addCacheMapping(cacheControl, "/**");
        return interceptor;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        // Weak: Tomcat does not compress a response that carries a strong ETag, since the gzipped bytes differ.
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setName("etags");
        return registration;
    }
}
