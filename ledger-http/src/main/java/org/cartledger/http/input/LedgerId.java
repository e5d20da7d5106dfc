package org.cartledger.http.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cartledger.api.ids.IdRule;

/**
 * An identifier in a request body, held to the {@link IdRule}. A null value is left to
 * {@code @NotNull}/{@code @NotBlank}. Path parameters are held to the same rule by {@link RequestParameterRule}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = IdRule.PATTERN)
@ReportAsSingleViolation
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
public @interface LedgerId {

    String message() default IdRule.DESCRIPTION;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
