package org.cartledger.web.language;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cartledger.web.signin.PageSecurity;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages speak English or Simplified Chinese: the browser's Accept-Language chooses, until the
 * person picks the other language with the link in the page header ({@code ?lang=zh-CN}), which a
 * cookie then remembers. The API is not affected: its problems stay in English.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    /**
     * The pages' words, one bundle per part of the app (sign-in and common words, the entries faculty
     * record, the committee's pages, people and accounts, the auditor's, a trainee's record, the coordinator's, each
     * entry's one-line summary), each in both languages.
     */
    public static final List<String> BUNDLES = List.of("web/messages", "web/entries", "web/committee", "web/people", "web/audit", "web/record", "web/coordinator", "web/summaries");
    static final String PARAMETER = "lang";

    private final LocaleResolver localeResolver;

    public LanguageConfiguration() {
        this.localeResolver = new PageLanguage();
    }

    /** The name Spring MVC looks a locale resolver up by. */
    @Bean(name = "localeResolver")
    public LocaleResolver localeResolver() {
        return localeResolver;
    }

    /** The pages' words; Thymeleaf reads them through the application's message source. */
    @Bean(name = "messageSource")
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(BUNDLES.toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // a language the pages do not speak falls back to English, never to the server's own locale
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OnlyOurLanguages(localeResolver)).addPathPatterns(PageSecurity.PAGES);
        registry.addInterceptor(new LanguageLinks()).addPathPatterns(PageSecurity.PAGES);
    }
}
