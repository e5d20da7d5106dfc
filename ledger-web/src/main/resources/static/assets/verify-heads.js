// The ledger's newest signed tree heads checked in the browser (with ledger-proofs.js): each head's signature with
// the key the auditor trusts (docs/ledger-proofs.md §4), or a key the key announcements lead to from it (§4b), and each
// consistency proof from one head to the next (§5, RFC 9162 §2.1.4.2). The heads, proofs and announcements come with
// the page; they are checked, not trusted.
"use strict";
(function () {
    const {sha256, hex, fromHex, fromBase64, importKey, signatureVerifies, followKeyChain, trustedKeyBytes, verifyConsistency} =
        window.LedgerProofs;

    const words = {};
    document.querySelectorAll("#verify-words li").forEach(li => { words[li.dataset.key] = li.textContent; });
    function say(key, ...args) {
        return (words[key] || key).replace(/\{(\d+)\}/g, (whole, i) => (args[i] === undefined ? whole : String(args[i])));
    }

    const form = document.getElementById("heads-form");
    if (!form) {
        return;
    }
    const verdict = document.getElementById("verdict");

    /**
     * The keys that may sign the heads: from the key the auditor trusts (else the ledger's first key), along the key
     * announcements that follow it (§4b). A key trusted after a rotation needs none of the announcements before it.
     */
    async function keysFrom(chain, trusted, failures) {
        const first = {key: await importKey(fromBase64(chain.firstKey.spki)), keyId: chain.firstKey.keyId};
        const start = trusted || first;
        const all = Array.isArray(chain.keyAnnouncements) ? chain.keyAnnouncements : [];
        const announcedAt = all.findIndex(a => a && a.newKeyId === start.keyId);
        const following = start.keyId === first.keyId ? all : announcedAt >= 0 ? all.slice(announcedAt + 1) : [];
        const followed = await followKeyChain(start, following);
        if (followed.problem) {
            failures.push(say(...followed.problem));
            return [{key: start.key, keyId: start.keyId, from: 0, until: null}];
        }
        return followed.keys;
    }

    async function check(chain, trusted) {
        const failures = [];
        const results = new Map();
        const keys = await keysFrom(chain, trusted, failures);
        for (const head of chain.heads) {
            let ok = true;
            const signer = keys.find(k => k.keyId === head.keyId);
            if (!signer) {
                failures.push(say("otherKey", head.treeSize, head.keyId));
                ok = false;
            } else if (!(await signatureVerifies(head, signer.key))) {
                failures.push(say("badSignature", head.treeSize));
                ok = false;
            } else if (head.treeSize < signer.from || (signer.until !== null && head.treeSize > signer.until)) {
                failures.push(say("keyOutOfRange", signer.keyId, signer.from, signer.until === null ? "—" : signer.until,
                    head.treeSize));
                ok = false;
            }
            results.set(head.treeSize, ok);
        }
        for (let i = 0; i + 1 < chain.heads.length; i++) {
            const older = chain.heads[i];
            const newer = chain.heads[i + 1];
            const proof = chain.proofs[i];
            const path = proof && Array.isArray(proof.path) ? proof.path.map(fromHex) : null;
            const consistent = proof && proof.fromSize === older.treeSize && proof.toSize === newer.treeSize
                && path && path.every(p => p !== null) && fromHex(older.rootHash) && fromHex(newer.rootHash)
                && await verifyConsistency(older.treeSize, newer.treeSize, fromHex(older.rootHash), fromHex(newer.rootHash), path);
            if (!consistent) {
                failures.push(say("notConsistent", older.treeSize, newer.treeSize));
                results.set(newer.treeSize, false);
            }
        }
        if (trusted && !keys.some(k => k.keyId === chain.publicKey.keyId)) {
            failures.unshift(say("notTrustedKey", chain.publicKey.keyId, trusted.keyId));
        }
        return {failures, results, announcements: keys.length - 1, newestKeyId: keys[keys.length - 1].keyId};
    }

    form.addEventListener("submit", async event => {
        event.preventDefault();
        const chain = JSON.parse(form.dataset.chain);
        let result;
        let trusted = null;
        try {
            if (!window.crypto || !crypto.subtle) {
                throw new Error("no Web Crypto");
            }
            const keyText = document.getElementById("trusted-key").value.trim();
            if (keyText) {
                const spki = trustedKeyBytes(keyText);
                try {
                    trusted = {key: await importKey(spki), keyId: hex(await sha256(spki))};
                } catch (e) {
                    result = {failures: [say("badTrustedKey")], results: new Map()};
                }
            }
            if (!result) {
                result = await check(chain, trusted);
            }
        } catch (e) {
            result = {failures: [say("noCrypto")], results: new Map()};
        }
        const verified = result.failures.length === 0;
        verdict.hidden = false;
        verdict.className = verified ? "verified" : "not-verified";
        const line = document.getElementById("verdict-line");
        line.textContent = verified
            ? say("verified", chain.heads.length, chain.heads[0].treeSize, chain.heads[chain.heads.length - 1].treeSize)
            : say("notVerified", result.failures.length);
        document.getElementById("failures").replaceChildren(...result.failures.map(text => {
            const li = document.createElement("li");
            li.textContent = text;
            return li;
        }));
        document.getElementById("key-used").textContent = !trusted ? say("withLedgerKey")
            : result.announcements > 0 ? say("withTrustedKeyChain", trusted.keyId, result.announcements, result.newestKeyId)
                : say("withTrustedKey", trusted.keyId);
        for (const head of chain.heads) {
            const cell = document.querySelector("#head-" + head.treeSize + " td.check");
            if (cell && result.results.has(head.treeSize)) {
                cell.textContent = result.results.get(head.treeSize) ? say("headOk") : say("headFails");
            }
        }
        verdict.scrollIntoView({block: "start"});
        line.tabIndex = -1;
        line.focus({preventScroll: true});
    });
})();
