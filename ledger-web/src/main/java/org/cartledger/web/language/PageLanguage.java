package org.cartledger.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: the one chosen with the header's link (kept in a cookie), else the best of
 * the browser's Accept-Language among the two the pages speak, else English. The API is left as Spring
 * Boot resolves it by default (Accept-Language as sent), so this app changes nothing of its answers.
 */
final class PageLanguage implements LocaleResolver {

    static final String COOKIE = "ledger-language";

    private final LocaleResolver api = new AcceptHeaderLocaleResolver();
    private final CookieLocaleResolver pages = new CookieLocaleResolver(COOKIE);

    PageLanguage() {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(LanguageConfiguration.LANGUAGES);
        browser.setDefaultLocale(Locale.ENGLISH);
        pages.setCookieMaxAge(Duration.ofDays(365));
        pages.setCookieHttpOnly(true);
        pages.setDefaultLocaleFunction(browser::resolveLocale);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (isApi(request)) {
            return api.resolveLocale(request);
        }
        // a cookie edited by hand to another language is not obeyed
        Locale chosen = pages.resolveLocale(request);
        return OnlyOurLanguages.spoken(chosen.toLanguageTag()).orElse(Locale.ENGLISH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!isApi(request)) {
            pages.setLocale(request, response, locale);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator");
    }
}
