package org.cartledger.command.recording;

import java.util.List;
import org.cartledger.runtime.problem.Problems;
import org.cartledger.runtime.problem.Problems.FieldError;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class InvalidRecorderAdvice {

    @ExceptionHandler(InvalidRecorderException.class)
    ResponseEntity<ProblemDetail> invalidRecorder(InvalidRecorderException e) {
        return Problems.invalidFields(List.of(new FieldError(e.header(), e.getMessage())));
    }
}
