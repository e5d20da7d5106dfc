package org.cartledger.command.requirements;

import static org.cartledger.api.activity.SupervisionLevel.ASSISTED;
import static org.cartledger.api.activity.SupervisionLevel.DIRECT_SUPERVISION;
import static org.cartledger.api.activity.SupervisionLevel.OBSERVED;

import java.util.List;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSet.AttendanceMinimum;
import org.cartledger.api.requirements.RequirementSet.MilestoneMinimum;
import org.cartledger.api.requirements.RequirementSet.ProcedureMinimum;

/**
 * The requirement sets the ledger records for each track at its first start, from the program's description (its
 * cadence: daily rounds, weekly tumor boards, biweekly simulated procedures, a monthly committee review, participant
 * presentations in the last week). The description sets no minimums, so every figure here is an assumption for the
 * program to confirm or revise (the README lists them). Each is chosen to be reachable in the shortest program, two
 * weeks, because a track's set applies to every length of program.
 */
final class DefaultRequirementSets {

    static final String REASON = "Default set recorded by the ledger at its first start, derived from the program's "
            + "description; its figures are assumptions for the program to confirm or revise.";

    private DefaultRequirementSets() {
    }

    static RequirementSet of(Track track) {
        boolean student = track == Track.STUDENT;
        return new RequirementSet(
                List.of(new ProcedureMinimum("CAR_T_INFUSION_INTRAVENOUS", 1, student ? OBSERVED : DIRECT_SUPERVISION),
                        new ProcedureMinimum("CAR_T_CELL_PREPARATION_AND_QC", 1, student ? OBSERVED : ASSISTED)),
                student
                        ? List.of("PATIENT_ASSESSMENT", "TUMOR_STAGING", "CAR_T_PATIENT_MONITORING", "CRS_MANAGEMENT")
                        : List.of("CAR_T_PATIENT_SELECTION", "CAR_T_INFUSION_TECHNIQUES", "CAR_T_PATIENT_MONITORING",
                                "CRS_MANAGEMENT", "TOXICITY_MANAGEMENT"),
                List.of(new AttendanceMinimum("ORIENTATION", 1), new AttendanceMinimum("DAILY_CLINICAL_ROUNDS", 8),
                        new AttendanceMinimum("MDT_TUMOR_BOARD", 2), new AttendanceMinimum("JOURNAL_CLUB", 1),
                        new AttendanceMinimum("WRAP_UP_AND_FEEDBACK", 1)),
                TrainingCatalog.competencies().stream().map(CatalogItem::code)
                        .map(competency -> new MilestoneMinimum(competency, student ? 2 : 3)).toList(),
                1,
                1);
    }
}
