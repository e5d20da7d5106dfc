package org.cartledger.command.idempotency;

import java.util.List;
import org.cartledger.http.problem.Problems.FieldError;
import org.cartledger.http.problem.Problems;
import org.cartledger.http.problem.UnexpectedErrorAdvice;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(UnexpectedErrorAdvice.KNOWN_REFUSALS)
public class IdempotencyAdvice {

    @ExceptionHandler(IdempotencyRefusal.class)
    ResponseEntity<ProblemDetail> refused(IdempotencyRefusal e) {
        if (e.status() == 400) {
            return Problems.invalidFields(List.of(new FieldError(IdempotencyKey.HEADER, e.getMessage())));
        }
        return Problems.of(e.status(), e.rule(), "The Idempotency-Key names another request", e.getMessage());
    }
}
