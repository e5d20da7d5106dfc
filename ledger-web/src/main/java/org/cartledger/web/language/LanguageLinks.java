package org.cartledger.web.language;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header's link to the other language keeps the page as it is: the same path and the same query (the
 * day picked on an "as it stood" page, a search typed), with only the language changed. Only the URL's own
 * query is kept, never the fields of a form that was posted (a password must not end up in a link).
 */
@ControllerAdvice(basePackages = "org.cartledger.web")
class LanguageLinks {

    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request, Locale locale) {
        return of(request.getQueryString(), "zh".equals(locale.getLanguage()) ? "en" : "zh-CN");
    }

    /** A relative link to the same page in {@code language}: the query without its {@code lang}, and the new one. */
    static String of(String query, String language) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals(LanguageConfiguration.PARAMETER)
                        && !part.startsWith(LanguageConfiguration.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + LanguageConfiguration.PARAMETER + "=" + language;
    }
}
