package org.cartledger.command.recording;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class RecordingWebConfiguration implements WebMvcConfigurer {

    private final RecorderArgumentResolver recorderArgumentResolver;

    public RecordingWebConfiguration(RecorderArgumentResolver recorderArgumentResolver) {
        this.recorderArgumentResolver = recorderArgumentResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(recorderArgumentResolver);
    }
}
