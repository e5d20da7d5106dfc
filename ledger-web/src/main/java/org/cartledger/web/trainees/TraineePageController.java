package org.cartledger.web.trainees;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.web.entries.CorrectionPageController;
import org.cartledger.web.entries.EntryKind;
import org.cartledger.web.entries.RecordingPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.SkillStatus;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A trainee's page: the dashboard's essentials on a phone, days done and left and the skills against the catalog;
 * for faculty, the kinds of entry they log, and the newest entries, with a correction of their own.
 */
@Controller
public class TraineePageController {

    /** How many of the newest entries the page lists: enough to find one just recorded by mistake. */
    private static final int RECENT = 10;

    private final QueryGateway queries;

    public TraineePageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/trainees/{traineeId}")
    public String trainee(@PathVariable TraineeId traineeId, @RequestParam(name = "signed-off", required = false) String signedOff,
                          @RequestParam(name = "catching-up", required = false) String catchingUp,
                          @RequestParam(name = "recorded", required = false) String recorded,
                          @RequestParam(name = "corrected", required = false) String corrected,
                          Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!PageAccess.mayRead(me, traineeId)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "web/not-yours";
        }
        Optional<TraineeDashboardView> dashboard = dashboard(queries, traineeId);
        if (dashboard.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("traineeId", traineeId);
            return "web/no-such-trainee";
        }
        model.addAttribute("dashboard", dashboard.get());
        model.addAttribute("skillsByGroup", byGroup(dashboard.get().skills()));
        model.addAttribute("maySignOff", PageAccess.maySignOff(me, traineeId));
        model.addAttribute("signedOff", TrainingCatalog.skill(signedOff).orElse(null));
        model.addAttribute("catchingUp", catchingUp != null);
        model.addAttribute("recorded", EntryKind.bySlug(recorded).orElse(null));
        model.addAttribute("corrected", corrected != null);
        model.addAttribute("kinds", EntryKind.values());
        List<TranscriptEntryView> recent = RecordingPages.transcript(queries, traineeId).stream()
                .sorted(Comparator.comparingLong(TranscriptEntryView::ledgerPosition).reversed())
                .limit(RECENT).toList();
        model.addAttribute("recent", recent);
        model.addAttribute("correctable", recent.stream()
                .filter(entry -> PageAccess.mayRecord(me, traineeId) && CorrectionPageController.offered(entry, me.id()))
                .map(TranscriptEntryView::entryId).collect(Collectors.toSet()));
        return "web/trainee";
    }

    public static Optional<TraineeDashboardView> dashboard(QueryGateway queries, TraineeId traineeId) {
        return queries.query(new FindTraineeDashboardQuery(traineeId), ResponseTypes.optionalInstanceOf(TraineeDashboardView.class))
                .join();
    }

    /** The catalog's groups in the catalog's order, each with its skills. */
    private static Map<String, List<SkillStatus>> byGroup(List<SkillStatus> skills) {
        Map<String, List<SkillStatus>> groups = new LinkedHashMap<>();
        for (SkillStatus skill : skills) {
            groups.computeIfAbsent(skill.group(), group -> new ArrayList<>()).add(skill);
        }
        return groups;
    }
}
