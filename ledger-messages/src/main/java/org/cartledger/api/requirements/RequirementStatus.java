package org.cartledger.api.requirements;

/**
 * One requirement and how far the trainee has come: {@code done} of {@code required} (for a milestone, the latest
 * level against the level required).
 *
 * @param code    the catalog code (procedure, skill, activity type, competency); null for research and reviews
 * @param missing what is still missing, in words; null once the requirement is met
 */
public record RequirementStatus(RequirementKind kind, String code, String name, int done, int required, String missing) {

    public boolean met() {
        return missing == null;
    }
}
