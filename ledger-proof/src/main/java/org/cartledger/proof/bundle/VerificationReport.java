package org.cartledger.proof.bundle;

import java.util.List;

/**
 * What {@link BundleVerifier} found.
 *
 * @param verified       true exactly when there are no failures
 * @param failures       one sentence per failed check, saying what failed and where
 * @param entriesChecked how many entries the bundle holds and were checked
 * @param complete       true when a signed record map (a tree head of version 2) showed that the bundle holds every
 *                       entry of the record up to the head's tree size; false under a head of version 1, which cannot
 */
public record VerificationReport(boolean verified, List<String> failures, int entriesChecked, boolean complete) {

    public VerificationReport {
        failures = List.copyOf(failures);
        complete = complete && verified;
    }

    /** A report that does not speak to completeness. */
    public VerificationReport(boolean verified, List<String> failures, int entriesChecked) {
        this(verified, failures, entriesChecked, false);
    }
}
