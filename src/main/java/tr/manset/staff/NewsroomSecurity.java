package tr.manset.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The newsroom under /yonetim: form sign-in, server-side sessions, CSRF on every change. Which
 * role may do what is decided by {@link Role} in the services; here only "signed in as staff".
 */
@Configuration(proxyBeanMethods = false)
class NewsroomSecurity {

    static final String SIGN_IN = "/yonetim/giris";

    @Bean
    @Order(1)
    SecurityFilterChain newsroom(HttpSecurity http, SignIn signIn) throws Exception {
        return http
            .securityMatcher("/yonetim/**")
            .userDetailsService(signIn)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(SIGN_IN).permitAll()
                .anyRequest().hasAnyRole("ADMIN", "EDITOR_IN_CHIEF", "EDITOR", "REPORTER", "MODERATOR"))
            .formLogin(form -> form
                .loginPage(SIGN_IN)
                .usernameParameter("eposta")
                .passwordParameter("parola")
                .defaultSuccessUrl("/yonetim", true)
                .failureHandler(new SignInFailures()))
            .logout(logout -> logout
                .logoutUrl("/yonetim/cikis")
                .logoutSuccessUrl(SIGN_IN + "?cikis"))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            // Signing in always lands on the dashboard, so a signed-out visit to a newsroom page
            // need not be remembered in a session (and gets no cookie).
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                        + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'")))
            .build();
    }

    /** Adaptive hashes (bcrypt by default), with the algorithm named in each hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
