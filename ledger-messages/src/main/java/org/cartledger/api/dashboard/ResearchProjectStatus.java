package org.cartledger.api.dashboard;

import java.time.Instant;
import org.cartledger.api.research.ResearchMilestone;

public record ResearchProjectStatus(String projectTitle, ResearchMilestone latestMilestone, Instant updatedAt, int entries) {
}
