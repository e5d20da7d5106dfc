package org.cartledger.web.trainees;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.people.UsersPage;
import org.cartledger.web.signin.PageSignIn;
import org.cartledger.web.signin.SignedIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The first page after signing in. Faculty and other staff: "My trainees" (those they mentor) and the
 * rest of the cohort, with a search by name or id; a trainee goes straight to their own record. The
 * cohort is one query; filtering it here costs nothing next to it (a cohort is tens of trainees).
 */
@Controller
public class MyTraineesController {

    private static final Comparator<CohortMemberView> IN_PROGRESS_FIRST = Comparator
            .comparing((CohortMemberView trainee) -> trainee.status() != TraineeStatus.ENROLLED)
            .thenComparing(trainee -> trainee.fullName() == null ? "" : trainee.fullName())
            .thenComparing(CohortMemberView::traineeId);

    private final QueryGateway queries;
    private final PageSignIn signIn;

    public MyTraineesController(QueryGateway queries, ObjectProvider<PageSignIn> signIn) {
        this.queries = queries;
        this.signIn = signIn.getIfAvailable(PageSignIn::withPasswords);
    }

    @GetMapping("/")
    public String myTrainees(@RequestParam(name = "q", required = false) String typed,
                             @RequestHeader(name = "HX-Request", required = false) String htmx,
                             Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!PageAccess.isStaff(me)) {
            if (me.roles().contains(LedgerRole.TRAINEE) && me.traineeId() != null) {
                return "redirect:/trainees/" + UriUtils.encodePathSegment(me.traineeId(), "UTF-8");
            }
            // the administrator's page is the ledger's accounts; through a provider, the provider keeps them
            if (me.roles().contains(LedgerRole.ADMIN) && signIn.ledgerKeepsAccounts()) {
                return "redirect:" + UsersPage.PATH;
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("why", signIn.ledgerKeepsAccounts() ? "nothing-here.detail"
                    : me.roles().contains(LedgerRole.ADMIN) ? "nothing-here.adminProvider" : "nothing-here.detailProvider");
            return "web/nothing-here";
        }
        if (me.roles().contains(LedgerRole.COMMITTEE) && !me.roles().contains(LedgerRole.FACULTY)) {
            // the committee meets over the whole cohort, on its own pages
            return "redirect:/committee";
        }
        TraineeSearch search = new TraineeSearch(typed);
        List<CohortMemberView> found = queries.query(new FindCohortQuery(null, null), CohortView.class).join().trainees()
                .stream().filter(search::matches).sorted(IN_PROGRESS_FIRST).toList();
        model.addAttribute("q", typed == null ? "" : typed);
        model.addAttribute("searching", !search.isEmpty());
        model.addAttribute("mine", found.stream().filter(trainee -> me.id().equals(trainee.mentorId())).toList());
        model.addAttribute("others", found.stream().filter(trainee -> !me.id().equals(trainee.mentorId())).toList());
        // the search box asks for the list alone as one types (htmx); without script, the whole page
        return htmx != null ? "web/trainees :: list" : "web/trainees";
    }
}
