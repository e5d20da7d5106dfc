package org.cartledger.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=} chooses a language the pages speak ({@code zh-CN}, {@code zh}, {@code en}), which the
 * resolver's cookie remembers; anything else is ignored rather than remembered and then shown in
 * English under a wrong lang attribute.
 */
final class OnlyOurLanguages implements HandlerInterceptor {

    private final LocaleResolver resolver;

    OnlyOurLanguages(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String asked = request.getParameter(LanguageConfiguration.PARAMETER);
        if (asked != null) {
            spoken(asked).ifPresent(language -> resolver.setLocale(request, response, language));
        }
        return true;
    }

    static Optional<Locale> spoken(String asked) {
        Locale wanted = Locale.forLanguageTag(asked.trim().replace('_', '-'));
        return LanguageConfiguration.LANGUAGES.stream()
                .filter(language -> language.equals(wanted)
                        || (language.getLanguage().equals(wanted.getLanguage()) && wanted.getCountry().isEmpty()))
                .findFirst();
    }
}
