package tr.manset.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API under /api/v1: stateless, authenticated by bearer tokens. Browsers never send
 * those by themselves, so there is no CSRF to guard against; there are no cookies either.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, StaffAccounts accounts) throws Exception {
        return http
            .securityMatcher("/api/v1/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/v1/auth/token", "/api/v1/openapi.json", "/api/v1/search").permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(new BearerTokens(tokens, accounts), BasicAuthenticationFilter.class)
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> json(response, 401, "unauthorized",
                    "Geçerli bir API anahtarı gerekli: Authorization: Bearer <anahtar>"))
                .accessDeniedHandler((request, response, e) -> json(response, 403, "forbidden",
                    "Bu işlem için yetkiniz yok.")))
            .build();
    }

    static void json(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }

    /** Reads "Authorization: Bearer mnst_…" and signs the request in as the token's member. */
    static final class BearerTokens extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final StaffAccounts accounts;

        BearerTokens(ApiTokens tokens, StaffAccounts accounts) {
            this.tokens = tokens;
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                tokens.authenticate(header.substring(7).strip()).ifPresent(member -> {
                    StaffPrincipal principal = new StaffPrincipal(member.id(), member.email(), member.role(), "", false, null,
                        accounts.now());
                    SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
                });
            }
            chain.doFilter(request, response);
        }
    }
}
