package org.cartledger.proof.bundle;

import java.util.List;

/**
 * What {@link BundleVerifier} found.
 *
 * @param verified       true exactly when there are no failures
 * @param failures       one sentence per failed check, saying what failed and where
 * @param entriesChecked how many entries the bundle holds and were checked
 */
public record VerificationReport(boolean verified, List<String> failures, int entriesChecked) {

    public VerificationReport {
        failures = List.copyOf(failures);
    }
}
