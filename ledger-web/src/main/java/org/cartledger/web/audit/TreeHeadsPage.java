package org.cartledger.web.audit;

import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.treeheads.FindTreeHeadChainQuery;
import org.cartledger.proof.bundle.TreeHeadChain;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's newest signed tree heads, each checked in the auditor's browser: its signature with the key the
 * auditor trusts, and the proof that it extends the head before it. A ledger that rewrote or rolled back its
 * history cannot give both. Open to everyone signed in, as the heads are over the API.
 */
@Controller
public class TreeHeadsPage {

    public static final String PATH = "/ledger/tree-heads";
    static final int NEWEST = 20;

    private final QueryGateway queries;
    private final JsonMapper json;

    public TreeHeadsPage(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping(PATH)
    public String page(Authentication authentication, Model model) {
        model.addAttribute("me", SignedIn.person(authentication));
        TreeHeadChain chain = queries.query(new FindTreeHeadChainQuery(NEWEST), TreeHeadChain.class).join();
        model.addAttribute("chain", chain);
        // handed to the page's script as data: the script checks it, it does not trust it
        model.addAttribute("chainJson", json.writeValueAsString(chain));
        return "web/tree-heads";
    }
}
