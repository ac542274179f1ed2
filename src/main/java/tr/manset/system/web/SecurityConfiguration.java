package tr.manset.system.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import tr.manset.system.SiteProperties;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Reader pages are public. Every response forbids loading anything from another host, so a page
 * can never make a reader's browser contact a third party.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'");

    /** Last: the newsroom's chain for /yonetim/** comes first. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain readerSite(HttpSecurity http, SiteProperties site) throws Exception {
        return http
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            // Reader forms (comments, votes, reports, subscribing) and the page-view beacon sit on
            // pages cached for everyone and set no cookie: they are protected by checking where the
            // request comes from instead of a token. One-click unsubscribe (RFC 8058) is posted by
            // mail providers' servers, from no page at all: the secret in its address is what counts.
            // So are the account forms of readers not signed in (sign up, sign in, forgotten password,
            // mailed links), which must not set a cookie; the forms of signed-in readers (/hesap/**,
            // /cikis) also carry a token derived from the reader's session, checked by the reader module.
            .csrf(csrf -> csrf.ignoringRequestMatchers("/yorum/**", "/okunma/**", "/abone-ol", "/abonelik/**", "/kayit", "/giris",
                "/cikis", "/sifremi-unuttum", "/sifre-sifirla", "/e-posta-dogrula", "/e-posta-degistir", "/hesap/**"))
            .addFilterBefore(new SameOriginPosts(site.baseUrl(), "/abonelik/cik"), CsrfFilter.class)
            .headers(headers -> headers
                // Reader pages set their own Cache-Control for CDNs (CachingConfiguration).
                .cacheControl(cache -> cache.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
            .requestCache(cache -> cache.disable())
            .build();
    }
}
