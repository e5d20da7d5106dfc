package org.cartledger.users.accounts;

import java.util.List;
import org.cartledger.http.problem.Problems;
import org.cartledger.http.problem.UnexpectedErrorAdvice;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(basePackageClasses = UserRefusalAdvice.class)
@Order(UnexpectedErrorAdvice.KNOWN_REFUSALS)
class UserRefusalAdvice {

    @ExceptionHandler(UserRefusal.class)
    ResponseEntity<ProblemDetail> refused(UserRefusal e) {
        return e.field() != null
                ? Problems.invalidFields(List.of(new Problems.FieldError(e.field(), e.getMessage())))
                : Problems.of(e.status(), e.rule(), e.title(), e.getMessage());
    }
}
