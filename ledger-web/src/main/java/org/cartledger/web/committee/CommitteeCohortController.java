package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The cohort as the committee meets it: every trainee, those in progress first, each opening the committee's page. */
@Controller
class CommitteeCohortController {

    /** A cohort row with the days its program has left, in the program's time zone. */
    record Member(CohortMemberView trainee, long daysLeft) {
    }

    private final CommitteePages pages;
    private final QueryGateway queries;
    private final ProgramTime programTime;

    CommitteeCohortController(CommitteePages pages, QueryGateway queries, ProgramTime programTime) {
        this.pages = pages;
        this.queries = queries;
        this.programTime = programTime;
    }

    @GetMapping("/committee")
    String cohort(Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!CommitteeAccess.mayOpen(me)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "web/committee/committee-only";
        }
        CohortView cohort;
        try {
            cohort = pages.ask(() -> queries.query(new FindCohortQuery(null, null), CohortView.class).join());
        } catch (CommitteePages.Unanswered e) {
            return CommitteePages.unavailable(response);
        }
        LocalDate today = LocalDate.now(programTime.zone());
        List<Member> members = cohort.trainees().stream()
                .sorted(Comparator.comparing((CohortMemberView t) -> t.status() != TraineeStatus.ENROLLED)
                        .thenComparing(t -> t.fullName() == null ? "" : t.fullName())
                        .thenComparing(CohortMemberView::traineeId))
                .map(t -> new Member(t, t.status() != TraineeStatus.ENROLLED || t.endDate() == null ? 0
                        : Math.max(0, ChronoUnit.DAYS.between(today.isBefore(t.startDate()) ? t.startDate().minusDays(1) : today,
                        t.endDate()))))
                .toList();
        model.addAttribute("members", members);
        model.addAttribute("unlisted", cohort.unlisted());
        return "web/committee/cohort";
    }
}
