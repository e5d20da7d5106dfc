package org.cartledger.http.defaults;

import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.input.RequestParameterRule;
import org.cartledger.http.input.StrictRequestJson;
import org.cartledger.http.limits.RequestSizeLimitFilter;
import org.cartledger.http.problem.MalformedRequestAdvice;
import org.cartledger.http.problem.RefusalAdvice;
import org.cartledger.http.problem.ProblemErrorController;
import org.cartledger.http.problem.ProblemErrorReportValve;
import org.cartledger.http.problem.UnexpectedErrorAdvice;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** What every side gets without scanning for it: the shared problem responses, the clock, serializer settings. */
// before Spring Boot's error page, which steps aside for ours
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@Import({MalformedRequestAdvice.class, RefusalAdvice.class, UnexpectedErrorAdvice.class, LedgerRuntimeAutoConfiguration.ErrorPage.class})
public class LedgerRuntimeAutoConfiguration {

    /** The server's clock decides what "now", "today" and "in the future" mean; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Requests Tomcat refuses on its own are answered as problems too, not as HTML pages. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /**
     * Request bodies are read strictly ({@link StrictRequestJson}: unknown fields, coercions, the
     * text rule) by a mapper of their own, made from the application's: Spring's shared mapper
     * (which the read models store their state with) and Axon's serializer keep reading what is
     * already stored as before. Ordered after Spring Boot's own converter setup, so it replaces it.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public ServerHttpMessageConvertersCustomizer strictRequestJson(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(StrictRequestJson.from(jsonMapper));
        return converters -> converters.withJsonConverter(strict);
    }

    /**
     * Path variables and query parameters are held to the id pattern and the text rule before any controller runs;
     * only then is a {traineeId} read as a {@link TraineeId}, so a refused id is answered by the rule, naming the
     * variable, and the conversion never meets one it cannot hold.
     */
    @Bean
    public WebMvcConfigurer requestParameterRule() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RequestParameterRule()).order(Ordered.HIGHEST_PRECEDENCE);
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(String.class, TraineeId.class, TraineeId::new);
            }
        };
    }

    /** Bodies larger than any entry needs are refused before they are read. */
    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit() {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Lets Axon's Jackson 3 serializer read back the tokens it wrote. A replay token (what a read
     * model rebuild starts from) names its parts' classes, and Jackson 3 refuses class names for
     * fields typed {@code Object} unless told which ones are safe: Axon's own, and nothing else.
     */
    @Bean
    public Jackson3SerializerCustomizer axonTokenTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }

    /** Events stored under a name they no longer have are read as what they are now called, by every serializer. */
    @Bean
    public static BeanPostProcessor formerEventNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Serializer serializer && !(bean instanceof FormerEventNamesSerializer)
                        ? new FormerEventNamesSerializer(serializer) : bean;
            }
        };
    }

    /** The error page exists only where there is a servlet container to show it (not in a process without a web server). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(ProblemErrorController.class)
    static class ErrorPage {
    }
}
