package org.cartledger.web.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.cartledger.http.accounts.Accounts;
import org.cartledger.http.problem.Refusal;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everyone signed in changes their own password here: the first one an administrator gave them, or the
 * one the ledger printed in its log on its first start. The present password is asked for again; the new
 * one is typed twice, since nobody can read it back.
 */
@Controller
@ConditionalOnPasswordSignIn
public class OwnPasswordPage {

    public static final String PATH = "/account/password";

    private final Accounts accounts;
    private final PasswordCheck passwordCheck;

    public OwnPasswordPage(Accounts accounts, PasswordCheck passwordCheck) {
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
    }

    @GetMapping(PATH)
    public String form(Authentication authentication, Model model) {
        model.addAttribute("me", SignedIn.person(authentication));
        return "web/password";
    }

    @PostMapping(PATH)
    public String change(@RequestParam(name = "current", required = false) String current,
                         @RequestParam(name = "password", required = false) String password,
                         @RequestParam(name = "repeat", required = false) String repeat,
                         Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        // the cheap check first: no password check is spent on a form that cannot be carried out
        if (password == null || password.isEmpty() || !Objects.equals(password, repeat)) {
            return refused(model, response, "repeat", "password.repeat.differs", null);
        }
        PasswordCheck.Outcome checked = passwordCheck.check(me.id(), current, request);
        if (checked instanceof PasswordCheck.Outcome.Wrong) {
            return refused(model, response, "current", "password.current.wrong", null);
        }
        if (checked instanceof PasswordCheck.Outcome.Locked locked) {
            return refused(model, response, "current", "password.current.locked", locked.minutes());
        }
        if (checked instanceof PasswordCheck.Outcome.Unavailable) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("formProblem", "password.unavailable");
            return "web/password";
        }
        try {
            accounts.setPassword(me.id(), password, me.id());
        } catch (Refusal refusal) {
            return refused(model, response, "password", "password.rules", null);
        }
        model.addAttribute("changed", true);
        return "web/password";
    }

    private static String refused(Model model, HttpServletResponse response, String field, String message, Object argument) {
        response.setStatus(422);
        model.addAttribute("problemField", field);
        model.addAttribute("problem", message);
        model.addAttribute("problemArgument", argument);
        return "web/password";
    }
}
