package org.cartledger.api.requirements;

/**
 * One requirement and how far the trainee has come: {@code done} of {@code required} (for a milestone, the latest
 * level against the level required).
 *
 * @param code        the catalog code (procedure, skill, activity type, competency); null for research and reviews
 * @param missing     what is still missing, in English words; null once the requirement is met. Pages in another
 *                    language say it in their own words from the other fields.
 * @param supervision for a procedure, the most supervision under which it counts (a {@code SupervisionLevel} name);
 *                    null for every other kind
 */
public record RequirementStatus(RequirementKind kind, String code, String name, int done, int required, String missing,
                                String supervision) {

    /** A requirement of a kind other than a procedure, which counts under any supervision. */
    public RequirementStatus(RequirementKind kind, String code, String name, int done, int required, String missing) {
        this(kind, code, name, done, required, missing, null);
    }

    public boolean met() {
        return missing == null;
    }
}
