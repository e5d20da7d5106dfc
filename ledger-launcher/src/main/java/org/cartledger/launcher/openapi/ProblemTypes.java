package org.cartledger.launcher.openapi;

import java.util.List;
import org.cartledger.http.problem.Problems;

/**
 * Every problem type the API answers with, for its OpenAPI document: each refusal's {@code rule}, the
 * status it comes with, and what it means. The rules themselves are named where they live (RuleViolation,
 * ReplayRules, Problems.of in each module); this list only describes them, and ApiDocumentTest finds
 * every rule named in the code and fails when one is missing here.
 */
final class ProblemTypes {

    /**
     * @param rule    the problem's {@code rule}; its {@code type} is {@code urn:cartledger:rule:} followed by it
     * @param status  the HTTP status it comes with ("4xx" where it is the status the request was refused with)
     * @param meaning what was wrong, in a few words
     */
    record ProblemType(String rule, String status, String meaning) {

        String type() {
            return Problems.RULE_TYPE_PREFIX + rule;
        }
    }

    static final List<ProblemType> ALL = List.of(
            // the request as it arrives (ledger-http), before any module reads it
            new ProblemType("invalid-request", "400", "a field, header or parameter is missing or wrong; `errors` names each"),
            new ProblemType("malformed-json", "400", "the body is not a JSON object"),
            new ProblemType("request-rejected", "400", "a parameter name or header holds a control character"),
            new ProblemType("no-such-path", "404", "nothing is served at this path"),
            new ProblemType("method-not-allowed", "405", "the path does not take this method"),
            new ProblemType("request-too-large", "413", "the body is larger than the ledger takes"),
            new ProblemType("unsupported-media-type", "415", "the body is not sent as application/json"),
            new ProblemType("request-refused", "4xx", "refused by the web server before the ledger read it"),
            // signing in and the role matrix (ledger-http), answered before the request is read
            new ProblemType("authentication-required", "401", "no credentials were sent"),
            new ProblemType("credentials-rejected", "401", "the password or token is not accepted (400 for a malformed token)"),
            new ProblemType("role-not-permitted", "403", "the roles signed in may not make this request"),
            new ProblemType("own-records-only", "403", "a trainee reads their own record only"),
            new ProblemType("no-entries-about-yourself", "403", "entries in one's own record are made by someone else"),
            new ProblemType("access-denied", "403", "the request is not allowed"),
            new ProblemType("sign-in-locked", "429", "too many failed sign-ins; `Retry-After` says when to try again"),
            // what the ledger needs is down, or the ledger itself failed
            new ProblemType("database-unavailable", "503", "the database does not answer; nothing was read or recorded"),
            new ProblemType("messaging-unavailable", "503", "Axon Server does not answer (scale-out deployment)"),
            new ProblemType("sign-in-unavailable", "503", "the users or the identity provider's keys could not be read"),
            new ProblemType("view-unavailable", "503", "a read model holds back an entry of this trainee it failed on"),
            new ProblemType("unavailable", "503", "the ledger is starting or shutting down; try again in a moment"),
            new ProblemType("internal-error", "500", "a fault in the ledger, never in the request; `incidentId` is logged"),
            new ProblemType("command-failed", "500", "the entry could not be recorded; nothing was recorded"),
            // a trainee's record (command side)
            new ProblemType("trainee-not-enrolled", "404", "the command names a trainee who is not enrolled"),
            new ProblemType("trainee-already-enrolled", "409", "the trainee id is enrolled already"),
            new ProblemType("record-closed", "409", "the program was completed or withdrawn"),
            new ProblemType("one-committee-review-per-month", "409", "the month has a committee review already"),
            new ProblemType("entry-already-corrected", "409", "the entry has been corrected already"),
            new ProblemType("concurrent-update", "409", "the record kept changing while the entry was recorded; send it again"),
            new ProblemType("idempotency-key-reused", "422", "the Idempotency-Key was sent before with another request"),
            new ProblemType("not-in-catalog", "422", "a code is not in the program's catalog"),
            new ProblemType("entry-outside-program-dates", "422", "the entry falls outside the program's dates"),
            new ProblemType("entry-in-the-future", "422", "the entry is dated in the future"),
            new ProblemType("milestone-level-range", "422", "a milestone level is outside 1 to 5"),
            new ProblemType("all-competencies-rated", "422", "a rotation evaluation rates all six competencies"),
            new ProblemType("case-topic-required", "422", "a presented case needs its topic"),
            new ProblemType("case-presentation-not-offered", "422", "cases are presented at rounds and tumor boards only"),
            new ProblemType("unknown-time-zone", "422", "the time zone is not a zone id such as Asia/Shanghai"),
            new ProblemType("program-ends-before-it-starts", "422", "the end date is before the start date"),
            new ProblemType("program-length-needs-approval", "422", "a program shorter than 2 weeks or longer than 6 months needs `lengthApproval`"),
            new ProblemType("extension-must-move-end-later", "422", "an extension moves the end date later"),
            new ProblemType("eligibility-evidence-missing", "422", "the evidence the track requires is missing"),
            new ProblemType("eligibility-not-yet-met", "422", "the prior training ends after the program starts"),
            new ProblemType("student-not-in-final-year", "422", "a student must be in their final year"),
            new ProblemType("signer-required", "422", "the entry must name the faculty member who signs it"),
            new ProblemType("signer-not-recorder", "422", "a signer field names someone else without `onBehalfOf`"),
            new ProblemType("unknown-faculty-member", "422", "a person named is not a user holding FACULTY"),
            new ProblemType("requirement-set-invalid", "422", "a requirement's count, level or supervision level is not one the set can hold"),
            new ProblemType("requirement-named-twice", "422", "a requirement set names one procedure, skill, activity or competency twice"),
            new ProblemType("requirement-set-not-found", "422", "the trainee's track has no requirement set of that version"),
            new ProblemType("requirement-set-not-newer", "422", "the committee moves a trainee to a newer requirement set only"),
            new ProblemType("unknown-approver", "422", "an approver is not a user holding COORDINATOR, FACULTY or COMMITTEE"),
            new ProblemType("correction-target-unknown", "422", "the corrected entry is not in this trainee's record"),
            new ProblemType("correction-not-permitted", "422", "this person may not correct that entry"),
            new ProblemType("entry-not-correctable", "422", "enrollments, program changes and corrections are never corrected"),
            new ProblemType("replacement-invalid", "422", "the replacement is not another entry of this trainee"),
            new ProblemType("review-month-not-begun", "422", "the reviewed month has not begun"),
            new ProblemType("review-month-outside-program", "422", "the reviewed month is outside the program"),
            new ProblemType("review-basis-not-a-ledger-position", "422", "`basedOnLedgerPosition` is not a ledger position"),
            new ProblemType("review-basis-beyond-head", "422", "`basedOnLedgerPosition` is beyond the head of the ledger"),
            new ProblemType("review-basis-before-enrollment", "422", "`basedOnLedgerPosition` is before the trainee's enrollment"),
            new ProblemType("completion-before-start", "422", "a program cannot be completed before it starts"),
            new ProblemType("completion-requirements-not-met", "422", "completion's requirements are not met; the detail lists what is missing"),
            new ProblemType("completion-waiver-incomplete", "422", "a waiver needs its reason and who approved it"),
            // views and operations (query side)
            new ProblemType(Problems.TRAINEE_NOT_FOUND, "404", "no trainee with this id is enrolled"),
            new ProblemType("read-model-not-found", "404", "no read model of this name"),
            new ProblemType("no-dead-letters", "404", "the read model holds nothing back for this trainee"),
            // history, replay and tamper evidence (ledger-audit)
            new ProblemType("exactly-one-cut", "400", "give exactly one of recordedAt, position or occurredOn"),
            new ProblemType("unknown-history-order", "400", "order is recorded or occurred"),
            new ProblemType("one-event", "400", "give either position or entryId"),
            new ProblemType("cut-before-enrollment", "404", "the trainee had no record yet at that cut"),
            new ProblemType("committee-review-not-found", "404", "the trainee has no committee review with this entry id"),
            new ProblemType("no-committee-review-that-month", "404", "the trainee has no committee review for that month; `monthsReviewed` lists those they have"),
            new ProblemType("cut-in-the-future", "422", "the cut lies beyond what the ledger holds"),
            new ProblemType("entry-not-found", "404", "no entry with this id is in the ledger"),
            new ProblemType("no-tree-head", "404", "the ledger has not signed a tree head yet"),
            new ProblemType("entry-not-in-tree", "409", "the entry is not in the Merkle tree yet"),
            new ProblemType("not-yet-in-tree-head", "409", "the event is not covered by that signed tree head"),
            new ProblemType("unknown-witness", "422", "the cosignature is not by a witness listed in ledger.integrity.witnesses with that key"),
            new ProblemType("cosignature-not-verified", "422", "the cosignature's signature is not the witness's over its statement"),
            new ProblemType("cosigned-another-head", "409", "the witness cosigned a tree head of that size other than the ledger's"),
            new ProblemType("tree-head-pending", "503", "the entries are recorded but no signed tree head covers them yet (readers never make the ledger sign); `Retry-After` says when to ask again"),
            new ProblemType("ledger-integrity-broken", "503", "the ledger found its store altered behind its back and will not sign or export until it is audited"),
            // users and sign-in lockouts (ledger-users)
            new ProblemType("user-not-found", "404", "no user with this id"),
            new ProblemType("no-such-lockout", "404", "that user id or address is not locked"),
            new ProblemType("user-already-exists", "409", "the user id is taken"),
            new ProblemType("trainee-id-already-set", "409", "a person's trainee id does not change"),
            new ProblemType("one-account-per-trainee", "409", "the trainee id has an account already"),
            new ProblemType("trainee-id-required", "422", "a user holding TRAINEE needs the trainee id they are enrolled under"));

    private ProblemTypes() {
    }
}
