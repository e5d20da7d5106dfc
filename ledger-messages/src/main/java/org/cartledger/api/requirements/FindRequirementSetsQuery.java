package org.cartledger.api.requirements;

import org.cartledger.api.enrollment.Track;

/**
 * Every requirement set on record, oldest version first, answered as a list of {@link RequirementSetView}.
 *
 * @param track only this track's; null for every track
 */
public record FindRequirementSetsQuery(Track track) {
}
