package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.AsItStoodOutcome;
import org.cartledger.api.replay.DashboardAsItStoodView;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "As it stood": the dashboard at a day, a recorded instant or a past review, beside today's, with the
 * figures that changed and the entries recorded and corrected since marked; for a review, its reproduction.
 * Replayed by ledger-audit from the ledger's history, asked for on the query bus.
 */
@Controller
class AsItStoodController {

    private final CommitteePages pages;
    private final ProgramTime programTime;

    AsItStoodController(CommitteePages pages, ProgramTime programTime) {
        this.pages = pages;
        this.programTime = programTime;
    }

    @GetMapping("/committee/trainees/{traineeId}/as-it-stood")
    String asItStood(@PathVariable TraineeId traineeId, @RequestParam(required = false) String on,
                     @RequestParam(required = false) String at, @RequestParam(required = false) String review,
                     Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!CommitteeAccess.mayOpen(me)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "web/committee/committee-only";
        }
        model.addAttribute("traineeId", traineeId);
        model.addAttribute("on", on);
        model.addAttribute("at", at);
        model.addAttribute("review", review);
        AsItStoodChoice choice = AsItStoodChoice.of(traineeId, on, at, review, programTime.zone());
        try {
            if (choice.problem() != null) {
                // the form again, saying what to pick; the dashboard of today is still there to go back to
                var dashboard = pages.dashboard(traineeId);
                if (dashboard.isEmpty()) {
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    return "web/no-such-trainee";
                }
                model.addAttribute("today", dashboard.get());
                model.addAttribute("problem", choice.problem());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "web/committee/as-it-stood";
            }
            DashboardAsItStoodView view = pages.asItStood(choice.query());
            if (view.outcome() == AsItStoodOutcome.NO_SUCH_TRAINEE) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return "web/no-such-trainee";
            }
            model.addAttribute("view", view);
            model.addAttribute("today", view.today());
            if (view.outcome() != AsItStoodOutcome.SHOWN) {
                model.addAttribute("problem", "committee.asOf.refused." + view.outcome());
                response.setStatus(view.outcome() == AsItStoodOutcome.IN_THE_FUTURE ? 422
                        : view.outcome() == AsItStoodOutcome.NOT_ONE_CUT ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_NOT_FOUND);
                return "web/committee/as-it-stood";
            }
            var comparison = DashboardComparison.of(view.then(), view.today());
            model.addAttribute("comparison", comparison);
            model.addAttribute("changes", DashboardComparison.changes(comparison));
            return "web/committee/as-it-stood";
        } catch (CommitteePages.Unanswered e) {
            return CommitteePages.unavailable(response);
        }
    }
}
