package org.cartledger.api.dashboard;

import java.time.Instant;

/** @param firstSignedOffAt null while the skill has not been signed off */
public record SkillStatus(String skill, String name, String group, Instant firstSignedOffAt, int signOffs) {
}
