package org.cartledger.command.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cartledger.http.security.KnownUsers;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.command.refusal.RuleViolation;

/**
 * The people an entry names must be people the ledger knows, in a role that fits: a faculty member who
 * signs off (signedOffBy, supervisorId, evaluatorId, facultyId, assessorId) or mentors (mentorId), a
 * coordinator or faculty member who approves (approvedBy).
 *
 * <p>The signed-in faculty member is the one who signs off: a signer field left out is the recorder, and
 * it may name a colleague only when the entry says so ({@code onBehalfOf}); then the entry records both,
 * the recorder in its metadata and the colleague in the entry.
 */
public final class NamedPeople {

    static final Set<LedgerRole> FACULTY = EnumSet.of(LedgerRole.FACULTY);
    static final Set<LedgerRole> APPROVERS = EnumSet.of(LedgerRole.COORDINATOR, LedgerRole.FACULTY, LedgerRole.COMMITTEE);

    private final KnownUsers users;

    public NamedPeople(KnownUsers users) {
        this.users = Objects.requireNonNull(users);
    }

    /**
     * Who signs off an entry: the recorder, unless {@code onBehalfOf} names a colleague.
     *
     * @param field      the entry's signer field, as the request names it (e.g. signedOffBy)
     * @param named      what the request put in it; null when left out
     * @param onBehalfOf the colleague the recorder records for; null for none
     */
    public Signature signer(String field, String named, String onBehalfOf, Recorder recorder) {
        String recorderId = recorder == null ? null : recorder.id();
        String behalf = onBehalfOf != null && onBehalfOf.equals(recorderId) ? null : onBehalfOf;
        String expected = behalf != null ? behalf : recorderId;
        if (named != null && expected != null && !named.equals(expected)) {
            throw behalf == null
                    ? RuleViolation.unacceptable("signer-not-recorder",
                            field + " '" + named + "' is not you ('" + recorderId + "'): faculty sign off in their own name. "
                                    + "Leave " + field + " out (or give your own id); recording it for a colleague, "
                                    + "say so: \"onBehalfOf\":\"" + named + "\".")
                    : RuleViolation.unacceptable("signer-not-recorder",
                            field + " '" + named + "' and onBehalfOf '" + behalf + "' name different people. An entry made "
                                    + "on someone's behalf is signed in their name: leave " + field + " out, or make it '"
                                    + behalf + "'.");
        }
        String signer = expected != null ? expected : named;
        if (signer == null) {
            throw RuleViolation.unacceptable("signer-required", field + " must name the faculty member who signs it off.");
        }
        require(behalf != null ? "onBehalfOf" : field, signer, FACULTY, recorder, "unknown-faculty-member");
        return new Signature(signer, behalf);
    }

    /** A faculty member named in an entry who does not sign it (the mentor of an enrollment); null means none. */
    public void requireFaculty(String field, String userId, Recorder recorder) {
        if (userId != null) {
            require(field, userId, FACULTY, recorder, "unknown-faculty-member");
        }
    }

    /** The person who approved an exception (a program length, an extension, a completion). */
    public void requireApprover(String field, String userId, Recorder recorder) {
        require(field, userId, APPROVERS, recorder, "unknown-approver");
    }

    private void require(String field, String userId, Set<LedgerRole> roles, Recorder recorder, String rule) {
        if (userId == null || userId.isBlank()) {
            throw RuleViolation.unacceptable(rule, field + " must name a user holding "
                    + roles.stream().map(Enum::name).collect(Collectors.joining(" or ")) + ".");
        }
        if (isSignedInAs(recorder, userId, roles)) {
            return;
        }
        Set<LedgerRole> held = users.rolesOf(userId);
        if (held.stream().anyMatch(roles::contains)) {
            return;
        }
        String wanted = roles.stream().map(Enum::name).collect(Collectors.joining(" or "));
        throw RuleViolation.unacceptable(rule, held.isEmpty()
                ? field + " '" + userId + "' is not a user the ledger knows; it must name a user holding " + wanted + ". "
                        + "Check the id. " + users.whereKnown()
                : field + " '" + userId + "' holds " + held.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                        + ", not " + wanted + ". Name a user holding " + wanted + ", or have the administrator grant the role.");
    }

    /** The person signed in is known by their sign-in, whatever the ledger keeps. */
    private static boolean isSignedInAs(Recorder recorder, String userId, Set<LedgerRole> roles) {
        if (recorder == null || recorder.role() == null || !userId.equals(recorder.id())) {
            return false;
        }
        return roles.stream().anyMatch(role -> role.name().equals(recorder.role()));
    }
}
