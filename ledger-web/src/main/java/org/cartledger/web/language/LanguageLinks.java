package org.cartledger.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The header's link to the other language keeps the page as it is: the same path and the same query (the
 * day picked on an "as it stood" page, a search typed), with only the language changed. Only the URL's own
 * query is kept, never the fields of a form that was posted (a password must not end up in a link).
 */
class LanguageLinks implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
            boolean chinese = "zh".equals(RequestContextUtils.getLocale(request).getLanguage());
            page.addObject("languageSwitch", of(request.getQueryString(), chinese ? "en" : "zh-CN"));
        }
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
