package org.cartledger.command.recording;

import jakarta.servlet.http.HttpServletRequest;
import org.cartledger.api.recording.Recorder;
import org.cartledger.http.security.ActingPrincipal;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take the {@link Recorder} of the request as a parameter: the signed-in
 * principal, under the role in which the access rules let it make this request. Nothing the client
 * sends (no header, no body field) can name someone else.
 */
@Component
public class RecorderArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Recorder.class.equals(parameter.getParameterType());
    }

    @Override
    public Recorder resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                    NativeWebRequest request, WebDataBinderFactory binderFactory) {
        ActingPrincipal acting = ActingPrincipal.require(request.getNativeRequest(HttpServletRequest.class));
        return new Recorder(acting.id(), acting.role().name());
    }
}
