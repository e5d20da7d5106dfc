package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.AsItStoodOutcome;
import org.cartledger.api.replay.DashboardAsItStoodView;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A trainee's record on the committee's projector: the dashboard as charts, each with its figures as a
 * table, the levels the last review saw marked on the milestones, and the way to the record as it stood.
 */
@Controller
class CommitteePageController {

    private final CommitteePages pages;
    private final ProgramTime programTime;
    private final MessageSource words;

    CommitteePageController(CommitteePages pages, ProgramTime programTime, MessageSource words) {
        this.pages = pages;
        this.programTime = programTime;
        this.words = words;
    }

    @GetMapping("/committee/trainees/{traineeId}")
    String trainee(@PathVariable TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response,
                   Locale locale) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!CommitteeAccess.mayOpen(me)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "web/committee/committee-only";
        }
        try {
            Optional<TraineeDashboardView> found = pages.dashboard(traineeId);
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("traineeId", traineeId);
                return "web/no-such-trainee";
            }
            TraineeDashboardView dashboard = found.get();
            CommitteeReviewSummary lastReview = dashboard.lastCommitteeReview();
            TraineeDashboardView seenThen = null;
            if (lastReview != null) {
                DashboardAsItStoodView reproduction = pages.asItStood(
                        FindDashboardAsItStoodQuery.seenInReview(traineeId, lastReview.entryId()));
                seenThen = reproduction.outcome() == AsItStoodOutcome.SHOWN ? reproduction.then() : null;
            }
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("lastReview", seenThen == null ? null : lastReview);
            model.addAttribute("milestones", MilestoneTimeline.of(dashboard, lastReview, seenThen, programTime.zone()));
            model.addAttribute("skillGroups", SkillGroups.of(dashboard.skills()));
            model.addAttribute("supervisionLevels", SupervisionLevel.values());
            // the autonomy chart's scale, lowest first, as its axis reads it
            model.addAttribute("autonomyLabels", Arrays.stream(AutonomyLevel.values())
                    .map(level -> words.getMessage("committee.autonomy." + level, null, locale)).toList());
            return "web/committee/trainee";
        } catch (CommitteePages.Unanswered e) {
            return CommitteePages.unavailable(response);
        }
    }
}
