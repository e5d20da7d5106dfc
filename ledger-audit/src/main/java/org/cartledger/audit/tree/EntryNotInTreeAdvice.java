package org.cartledger.audit.tree;

import org.cartledger.http.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A bundle, PDF or proof asked for a record that holds an event the tree does not know: answered
 * 409 {@code entry-not-in-tree}, naming the event and what an auditor can do, and logged as the
 * warning it is. Nothing is signed over such a record.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class EntryNotInTreeAdvice {

    private static final Logger log = LoggerFactory.getLogger(EntryNotInTreeAdvice.class);

    @ExceptionHandler(EntryNotInTree.class)
    ResponseEntity<ProblemDetail> notInTree(EntryNotInTree e) {
        log.warn("{}: written behind the ledger's back? Audit the event store against the signed tree heads.", e.getMessage());
        ResponseEntity<ProblemDetail> problem = Problems.of(409, "entry-not-in-tree", "An entry is not in the ledger's tree",
                "The event at ledger position " + e.position() + " (event " + e.eventIdentifier() + ") is in the event store but "
                        + "not in the ledger's Merkle tree, which has already grown past that position: it was written "
                        + "outside the ledger, so no proof can be given for it and no bundle is signed over it. Auditors: run "
                        + "the verifier's audit (ledger-verifier audit) against the signed tree heads; it names every entry "
                        + "that was inserted, changed or removed.");
        problem.getBody().setProperty("position", e.position());
        problem.getBody().setProperty("eventIdentifier", e.eventIdentifier());
        return problem;
    }
}
