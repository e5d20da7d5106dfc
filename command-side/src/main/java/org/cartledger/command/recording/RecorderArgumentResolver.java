package org.cartledger.command.recording;

import org.cartledger.api.recording.Recorder;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the {@link Recorder} of the request as a parameter. */
@Component
public class RecorderArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Recorder.class.equals(parameter.getParameterType());
    }

    @Override
    public Recorder resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                    NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return RecorderHeaders.recorder(request.getHeader(RecorderHeaders.ID), request.getHeader(RecorderHeaders.ROLE));
    }
}
