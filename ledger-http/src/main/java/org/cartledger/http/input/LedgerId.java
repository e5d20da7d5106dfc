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

/**
 * An identifier: a trainee id, a user id (and so every faculty field that names a person), an
 * entry id, a catalog code. One pattern for all of them, {@value #PATTERN}: 1 to 64 ASCII letters,
 * digits, '.', '_', '@' or '-', starting with a letter or digit. No spaces or ':' (HTTP Basic
 * separates the user from the password with it), nothing that needs escaping in a path, a log
 * line or a CSV cell, nothing that looks like another character. UUIDs fit. A null value is left
 * to {@code @NotNull}/{@code @NotBlank}. Path parameters are held to the same pattern.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = LedgerId.PATTERN)
@ReportAsSingleViolation
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
public @interface LedgerId {

    String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";
    String DESCRIPTION = "must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";

    String message() default DESCRIPTION;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
