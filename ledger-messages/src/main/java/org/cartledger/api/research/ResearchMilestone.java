package org.cartledger.api.research;

public enum ResearchMilestone {
    PROJECT_STARTED,
    PROGRESS_REPORTED,
    PRESENTATION_GIVEN,
    PUBLICATION_SUBMITTED
}
