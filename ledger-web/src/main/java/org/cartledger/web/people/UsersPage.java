package org.cartledger.web.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.accounts.Accounts;
import org.cartledger.http.problem.Refusal;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The administrator's page: who may sign in and with which roles. New accounts with a first password,
 * more roles (and once, the trainee id a person is), and a new password for someone who forgot theirs.
 * Accounts are access control, not training record: they change in place (see the accounts' own
 * documentation), and each change keeps who made it and when, shown here.
 */
@Controller
@ConditionalOnPasswordSignIn
public class UsersPage {

    public static final String PATH = "/admin/users";

    /** Where a refusal of the accounts' rules is shown: next to the field it is about. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "user-already-exists", "id",
            "user-not-found", "id",
            "invalid-request", "password",
            "one-account-per-trainee", "traineeId",
            "trainee-id-required", "traineeId",
            "trainee-id-already-set", "traineeId");

    private static final List<String> CREATE_FIELDS = List.of("id", "password", "roles", "traineeId");
    private static final List<String> GRANT_FIELDS = List.of("roles", "traineeId");
    private static final List<String> RESET_FIELDS = List.of("password");

    private final Accounts accounts;

    public UsersPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    public String users(@RequestParam(name = "done", required = false) String done, @RequestParam(name = "user", required = false) String user,
                        Authentication authentication, Model model, HttpServletResponse response) {
        if (!admin(authentication, model, response)) {
            return "web/admin-only";
        }
        // what was just done, from the redirect after a change (so that a reload changes nothing twice)
        if (done != null && List.of("created", "granted", "reset").contains(done) && user != null) {
            model.addAttribute("done", "users.done." + done);
            model.addAttribute("doneUser", user);
        }
        return page(model, new AccountForm(null, null, List.of(), null), null, null);
    }

    @PostMapping(PATH)
    public String create(@ModelAttribute AccountForm form, Authentication authentication, Model model, HttpServletResponse response) {
        if (!admin(authentication, model, response)) {
            return "web/admin-only";
        }
        Optional<AccountForm.Problem> problem = form.problemWithId().or(form::problemWithRolesOrTraineeId).or(form::problemWithPassword);
        if (problem.isPresent()) {
            return refused(model, response, form, null, CREATE_FIELDS, problem.get());
        }
        try {
            accounts.create(form.id(), form.password(), form.chosenRoles(), form.trainee(), me(model).id());
        } catch (Refusal refusal) {
            return refused(model, response, form, null, CREATE_FIELDS, asProblem(refusal));
        }
        return done("created", form.id());
    }

    @PostMapping(PATH + "/{userId}/roles")
    public String grant(@PathVariable String userId, @ModelAttribute AccountForm form, Authentication authentication, Model model,
                        HttpServletResponse response) {
        if (!admin(authentication, model, response)) {
            return "web/admin-only";
        }
        Optional<AccountForm.Problem> problem = form.problemWithRolesOrTraineeId();
        if (problem.isPresent()) {
            return refused(model, response, form, userId, GRANT_FIELDS, problem.get());
        }
        try {
            accounts.grant(userId, form.chosenRoles(), form.trainee(), me(model).id());
        } catch (Refusal refusal) {
            return refused(model, response, form, userId, GRANT_FIELDS, asProblem(refusal));
        }
        return done("granted", userId);
    }

    @PostMapping(PATH + "/{userId}/password")
    public String reset(@PathVariable String userId, @ModelAttribute AccountForm form, Authentication authentication, Model model,
                        HttpServletResponse response) {
        if (!admin(authentication, model, response)) {
            return "web/admin-only";
        }
        Optional<AccountForm.Problem> problem = form.problemWithPassword();
        if (problem.isPresent()) {
            return refused(model, response, form, userId, RESET_FIELDS, problem.get());
        }
        try {
            accounts.setPassword(userId, form.password(), me(model).id());
        } catch (Refusal refusal) {
            return refused(model, response, form, userId, RESET_FIELDS, asProblem(refusal));
        }
        return done("reset", userId);
    }

    private boolean admin(Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!me.roles().contains(LedgerRole.ADMIN)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    private static LedgerPrincipal me(Model model) {
        return (LedgerPrincipal) model.getAttribute("me");
    }

    private String page(Model model, AccountForm form, String formUser, AccountForm.Problem problem) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", LedgerRole.values());
        // the form that was sent keeps what was typed (never a password) and shows the problem next to its field
        model.addAttribute("form", new AccountForm(form.id(), null, form.roles(), form.traineeId()));
        model.addAttribute("formUser", formUser);
        model.addAttribute("problem", problem);
        return "web/users";
    }

    /**
     * The page again, with the problem shown in the form that was sent: next to its field, or at the top of
     * the form when the rule is about something the form has no field for.
     */
    private String refused(Model model, HttpServletResponse response, AccountForm form, String formUser, List<String> fields,
                           AccountForm.Problem problem) {
        response.setStatus(422);
        AccountForm.Problem shown = fields.contains(problem.field()) ? problem : new AccountForm.Problem("form", problem.message());
        return page(model, form, formUser, shown);
    }

    /** The accounts' rule, in the page's language, next to its field. */
    private static AccountForm.Problem asProblem(Refusal refusal) {
        return new AccountForm.Problem(FIELD_OF_RULE.getOrDefault(refusal.rule(), "form"), "users.refusal." + refusal.rule());
    }

    private static String done(String what, String userId) {
        return "redirect:" + PATH + "?done=" + what + "&user=" + UriUtils.encodeQueryParam(userId, "UTF-8");
    }
}
