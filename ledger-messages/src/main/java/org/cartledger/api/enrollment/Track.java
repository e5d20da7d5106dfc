package org.cartledger.api.enrollment;

/** Who may train, each with the eligibility evidence the program requires of that track. */
public enum Track {
    /** Completed a medical-oncology residency at an accredited institution. */
    FELLOW,
    /** Completed a board-approved program in medical oncology. */
    RESIDENT,
    /** Final-year medical student with core clerkships complete and a dean's letter of good standing. */
    STUDENT
}
