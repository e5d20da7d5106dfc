package org.cartledger.audit.replay;

import org.cartledger.http.problem.Problems;
import org.cartledger.http.problem.UnexpectedErrorAdvice;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused replay with the shared problem shape: the rule, and what to ask for instead. */
@RestControllerAdvice(basePackageClasses = ReplayRefusalAdvice.class)
@Order(UnexpectedErrorAdvice.KNOWN_REFUSALS)
class ReplayRefusalAdvice {

    @ExceptionHandler(ReplayRefusal.class)
    ResponseEntity<ProblemDetail> refused(ReplayRefusal refusal) {
        return Problems.of(refusal.status(), refusal.rule(), refusal.title(), refusal.getMessage());
    }
}
