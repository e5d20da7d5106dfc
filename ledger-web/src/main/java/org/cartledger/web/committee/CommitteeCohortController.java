package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.Track;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.committee.CohortListing.Column;
import org.cartledger.web.committee.CohortListing.Member;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The cohort as the committee meets it: every trainee with their last review, the autonomy granted and
 * what needs the committee's attention, filtered and sorted as asked (in the address, so a filtered list
 * can be bookmarked and shared), each opening the committee's page.
 */
@Controller
class CommitteeCohortController {

    private final CommitteePages pages;
    private final QueryGateway queries;
    private final ProgramTime programTime;

    CommitteeCohortController(CommitteePages pages, QueryGateway queries, ProgramTime programTime) {
        this.pages = pages;
        this.queries = queries;
        this.programTime = programTime;
    }

    @GetMapping("/committee")
    String cohort(@RequestParam(required = false) String status, @RequestParam(required = false) String track,
                  @RequestParam(required = false) String attention, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                  Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
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
        CohortListing listing = CohortListing.of(status, track, attention, q, sort, dir);
        List<Member> shown = listing.apply(cohort.trainees(), LocalDate.now(programTime.zone()));
        model.addAttribute("listing", listing);
        model.addAttribute("members", shown);
        model.addAttribute("cohortSize", cohort.trainees().size());
        model.addAttribute("needingAttention", CohortListing.of(null, null, "needs", null, null, null)
                .apply(cohort.trainees(), LocalDate.now(programTime.zone())).size());
        model.addAttribute("sortLinks", sortLinks(listing, request));
        model.addAttribute("statuses", TraineeStatus.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("unlisted", cohort.unlisted());
        return "web/committee/cohort";
    }

    /** Each column header's link: sorted by it (the other way round when it already is), the filters kept. */
    private static Map<Column, String> sortLinks(CohortListing listing, HttpServletRequest request) {
        Map<Column, String> links = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            boolean reverse = listing.sort() == column && !listing.descending();
            String query = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("sort", column.parameter())
                    .replaceQueryParam("dir", reverse ? "desc" : "asc")
                    .build().getQuery();
            links.put(column, "?" + query);
        }
        return links;
    }
}
