// A transcript bundle checked in the browser (with ledger-proofs.js) by the conditions of docs/ledger-proofs.md §6, as
// ledger-verifier's BundleVerifier checks it: every failure is reported, not only the first. Nothing is
// sent anywhere: the bundle and the key are read from the page's own inputs, hashes and the Ed25519
// signature are checked with the browser's Web Crypto.
"use strict";
(function () {
    const FORMAT = "cartledger-transcript-bundle-v1";
    const EVENT_PREFIX = "cartledger:event:v1";
    const {concat, sha256, hex, fromHex, fromBase64, same, isCount, verifyInclusion, importKey, signatureVerifies,
        followKeyChain, trustedKeyBytes, encoder} = window.LedgerProofs;

    const words = {};
    document.querySelectorAll("#verify-words li").forEach(li => { words[li.dataset.key] = li.textContent; });
    function say(key, ...args) {
        return (words[key] || key).replace(/\{(\d+)\}/g, (whole, i) => (args[i] === undefined ? whole : String(args[i])));
    }

    // ---- §2 the canonical form of an event, §3 the Merkle tree

    function field(bytes) {
        const length = new Uint8Array(4);
        new DataView(length.buffer).setUint32(0, bytes.length, false);
        return concat([length, bytes]);
    }

    /** The event's leaf hash, or a reason (a field name) why the event cannot be read. */
    async function leafHash(event) {
        const text = ["eventIdentifier", "aggregateIdentifier", "payloadType", "timeStamp"];
        for (const name of text) {
            if (typeof event[name] !== "string") {
                return {problem: "event." + name};
            }
        }
        if (!isCount(event.position) || event.position < 1) {
            return {problem: "event.position"};
        }
        if (!isCount(event.sequenceNumber)) {
            return {problem: "event.sequenceNumber"};
        }
        if (event.payloadRevision !== null && event.payloadRevision !== undefined && typeof event.payloadRevision !== "string") {
            return {problem: "event.payloadRevision"};
        }
        const payload = fromBase64(event.payload);
        if (payload === null) {
            return {problem: "event.payload"};
        }
        const metaData = event.metaData === null || event.metaData === undefined ? new Uint8Array(0) : fromBase64(event.metaData);
        if (metaData === null) {
            return {problem: "event.metaData"};
        }
        const canonical = concat([
            encoder.encode(EVENT_PREFIX),
            field(encoder.encode(String(event.position))),
            field(encoder.encode(event.eventIdentifier)),
            field(encoder.encode(event.aggregateIdentifier)),
            field(encoder.encode(String(event.sequenceNumber))),
            field(encoder.encode(event.payloadType)),
            field(event.payloadRevision ? encoder.encode(event.payloadRevision) : new Uint8Array(0)),
            field(encoder.encode(event.timeStamp)),
            field(metaData),
            field(payload)]);
        return {hash: await sha256(concat([Uint8Array.of(0), canonical])), payload, metaData};
    }

    /** The map leaf hash of a record head (§4a): SHA-256(0x02 || len || key || count || lastPosition), big-endian. */
    async function mapLeafHash(proof) {
        const numbers = new Uint8Array(16);
        const view = new DataView(numbers.buffer);
        view.setBigUint64(0, BigInt(proof.count), false);
        view.setBigUint64(8, BigInt(proof.lastPosition), false);
        return sha256(concat([Uint8Array.of(2), field(encoder.encode(proof.recordId)), numbers]));
    }

    /** Condition 7: under a head of version 2, the signed record map shows the bundle holds the whole record. */
    async function checkComplete(bundle, head, readable, fail) {
        const proof = bundle.recordMapProof;
        const hasProof = proof !== undefined && proof !== null;
        if (!head || typeof head !== "object" || head.mapRootHash === undefined || head.mapRootHash === null) {
            if (hasProof) {
                fail("mapProofUnderV1");
            }
            return false;
        }
        if (!hasProof) {
            fail("noMapProof");
            return false;
        }
        const mapRoot = fromHex(head.mapRootHash);
        if (typeof proof !== "object" || typeof proof.recordId !== "string" || !isCount(proof.count) || proof.count < 1
            || !isCount(proof.lastPosition) || proof.lastPosition < 1 || !isCount(proof.index) || !isCount(proof.mapSize)
            || !Array.isArray(proof.auditPath) || proof.auditPath.some(p => fromHex(p) === null) || mapRoot === null) {
            fail("malformedMapProof");
            return false;
        }
        let whole = true;
        if (proof.recordId !== bundle.traineeId) {
            fail("mapProofOther", proof.recordId, bundle.traineeId);
            whole = false;
        }
        if (!(await verifyInclusion(proof.index, proof.mapSize, await mapLeafHash(proof), proof.auditPath.map(fromHex), mapRoot))) {
            fail("mapProofFails", proof.count, proof.lastPosition);
            return false;
        }
        if (bundle.entries.length !== proof.count) {
            fail("countMismatch", bundle.entries.length, proof.count, head.treeSize);
            whole = false;
        }
        const last = readable.length === 0 ? null : readable[readable.length - 1].event.position;
        if (last !== proof.lastPosition) {
            fail("lastMismatch", last === null ? "—" : last, proof.lastPosition);
            whole = false;
        }
        return whole && readable.length === bundle.entries.length;
    }

    // ---- §6 the bundle

    async function check(bundle, trusted) {
        const failures = [];
        const fail = (key, ...args) => failures.push(say(key, ...args));
        if (bundle === null || typeof bundle !== "object" || Array.isArray(bundle)) {
            fail("unreadable");
            return {failures, rows: []};
        }
        if (bundle.format !== FORMAT) {
            fail("format", bundle.format === undefined ? "—" : JSON.stringify(bundle.format), FORMAT);
        }
        if (typeof bundle.traineeId !== "string") {
            fail("noTrainee");
        }
        // condition 8: from the key the auditor trusts, the announcements the bundle carries lead to the keys that signed
        // later heads (§4b); a broken chain leaves only the trusted key itself
        let chain = null;
        if (trusted) {
            const carried = bundle.keyAnnouncements === undefined || bundle.keyAnnouncements === null ? [] : bundle.keyAnnouncements;
            const followed = Array.isArray(carried) ? await followKeyChain(trusted, carried) : {problem: ["announcementField", 0]};
            if (followed.problem) {
                fail(...followed.problem);
            } else {
                chain = followed.keys;
            }
        }
        const rotated = chain !== null && chain.length > 1;
        // condition 1: the key and its id
        let bundleKey = null;
        const publicKey = bundle.publicKey;
        if (!publicKey || typeof publicKey !== "object") {
            fail("noPublicKey");
        } else {
            const spki = fromBase64(publicKey.spki);
            if (spki === null || fromHex(publicKey.keyId) === null || hex(await sha256(spki)) !== publicKey.keyId) {
                fail("keyIdMismatch");
            }
            const reached = chain !== null ? chain.some(k => k.keyId === publicKey.keyId) : trusted && publicKey.keyId === trusted.keyId;
            if (trusted && !reached) {
                fail(rotated ? "notReachedKey" : "notTrustedKey", publicKey.keyId, trusted.keyId);
            }
            if (spki !== null) {
                try {
                    bundleKey = await importKey(spki);
                } catch (e) {
                    fail("keyIdMismatch");
                }
            }
        }
        // conditions 1 and 2: the tree head
        const head = bundle.treeHead;
        let root = null;
        let treeSize = null;
        if (!head || typeof head !== "object" || !isCount(head.treeSize) || fromHex(head.rootHash) === null
            || typeof head.timestamp !== "string") {
            fail("noTreeHead");
        } else {
            root = fromHex(head.rootHash);
            treeSize = head.treeSize;
            if (publicKey && publicKey.keyId !== head.keyId) {
                fail("headKeyId", head.keyId, publicKey.keyId);
            }
            if (rotated) {
                // the key has been rotated: the chain says which key signs heads of this tree size
                const signer = chain.find(k => k.keyId === head.keyId);
                if (!signer) {
                    fail("headKeyNotReached", head.treeSize, head.keyId, trusted.keyId);
                } else if (!(await signatureVerifies(head, signer.key))) {
                    fail("badSignature", head.treeSize, head.rootHash);
                } else if (head.treeSize < signer.from || (signer.until !== null && head.treeSize > signer.until)) {
                    fail("keyOutOfRange", signer.keyId, signer.from, signer.until === null ? "—" : signer.until, head.treeSize);
                }
            } else {
                const key = trusted ? trusted.key : bundleKey;
                if (!key || !(await signatureVerifies(head, key))) {
                    fail("badSignature", head.treeSize, head.rootHash);
                }
            }
        }
        if (!Array.isArray(bundle.entries)) {
            fail("noEntries");
            return {failures, rows: []};
        }
        // condition 3, entry by entry; 4 and 5 over the entries that could be read
        const rows = [];
        const readable = [];
        for (let i = 0; i < bundle.entries.length; i++) {
            const entry = bundle.entries[i] || {};
            const event = entry.event || {};
            const before = failures.length;
            const leaf = await leafHash(event);
            if (leaf.problem) {
                fail("malformed", i, leaf.problem);
            } else if (typeof bundle.traineeId === "string" && event.aggregateIdentifier !== bundle.traineeId) {
                fail("otherTrainee", i, event.aggregateIdentifier, bundle.traineeId);
            }
            const proof = entry.inclusionProof;
            if (!proof || typeof proof !== "object" || !isCount(proof.leafIndex) || !isCount(proof.treeSize)
                || fromHex(proof.leafHash) === null || !Array.isArray(proof.auditPath)
                || proof.auditPath.some(p => fromHex(p) === null)) {
                fail("malformed", i, "inclusionProof");
            } else {
                const claimed = fromHex(proof.leafHash);
                if (leaf.hash && !same(leaf.hash, claimed)) {
                    fail("leafMismatch", i, event.position);
                }
                if (treeSize !== null && proof.treeSize !== treeSize) {
                    fail("proofSize", i, proof.treeSize, treeSize);
                } else if (root !== null
                    && !(await verifyInclusion(proof.leafIndex, treeSize, claimed, proof.auditPath.map(fromHex), root))) {
                    fail("pathFails", i, proof.leafIndex, treeSize);
                }
            }
            if (!leaf.problem) {
                readable.push({index: i, event, leafIndex: proof && isCount(proof.leafIndex) ? proof.leafIndex : null});
            }
            rows.push(row(i, event, leaf, failures.length === before));
        }
        let expected = 0;
        let previous = null;
        for (const entry of readable) {
            const sequence = entry.event.sequenceNumber;
            if (sequence > expected) {
                if (previous === null) {
                    fail("firstNotZero", sequence, sequence - expected);
                } else {
                    fail("gap", previous, sequence, sequence - expected);
                }
            } else if (sequence < expected) {
                fail("repeated", entry.index, sequence, previous);
            }
            expected = Math.max(expected, sequence + 1);
            previous = sequence;
        }
        for (let i = 1; i < readable.length; i++) {
            const a = readable[i - 1];
            const b = readable[i];
            if (b.event.position <= a.event.position) {
                fail("positionOrder", b.index, b.event.position, a.index, a.event.position);
            }
            if (a.leafIndex !== null && b.leafIndex !== null && b.leafIndex <= a.leafIndex) {
                fail("leafOrder", b.index, b.leafIndex, a.index, a.leafIndex);
            }
        }
        const complete = await checkComplete(bundle, head, readable, fail);
        return {failures, rows, complete: complete && failures.length === 0, announcements: rotated ? chain.length - 1 : 0};
    }

    /** What the auditor reads of an entry: its number, position, kind, when it happened and who recorded it. */
    function row(index, event, leaf, passed) {
        const json = bytes => {
            try {
                return JSON.parse(new TextDecoder("utf-8", {fatal: true}).decode(bytes));
            } catch (e) {
                return {};
            }
        };
        const payload = leaf.payload ? json(leaf.payload) : {};
        const metaData = leaf.metaData ? json(leaf.metaData) : {};
        const type = typeof event.payloadType === "string" ? event.payloadType.replace(/^.*\./, "").replace(/Event$/, "") : "?";
        return [String(event.sequenceNumber ?? "?"), String(event.position ?? "?"), type, String(payload.occurredAt ?? ""),
            String(metaData.recorderId ?? ""), passed ? say("entryOk") : say("entryFails")];
    }

    // ---- the page

    const form = document.getElementById("verify-form");
    const verdict = document.getElementById("verdict");
    const verdictLine = document.getElementById("verdict-line");
    const failureList = document.getElementById("failures");
    const keyUsed = document.getElementById("key-used");
    const table = document.getElementById("entries");
    const tableRegion = document.getElementById("entries-region");

    function show(verified, failures, rows, keyNote, heading) {
        verdict.hidden = false;
        verdict.className = verified ? "verified" : "not-verified";
        verdictLine.textContent = heading;
        failureList.replaceChildren(...failures.map(text => {
            const li = document.createElement("li");
            li.textContent = text;
            return li;
        }));
        keyUsed.textContent = keyNote;
        const body = table.querySelector("tbody");
        body.replaceChildren(...rows.map(cells => {
            const tr = document.createElement("tr");
            cells.forEach(text => {
                const td = document.createElement("td");
                td.textContent = text;
                tr.appendChild(td);
            });
            return tr;
        }));
        tableRegion.hidden = rows.length === 0;
        // the verdict is below the form: bring it into view and to a screen reader's attention
        verdict.scrollIntoView({block: "start"});
        verdictLine.focus({preventScroll: true});
    }

    form.addEventListener("submit", async event => {
        event.preventDefault();
        if (!window.crypto || !crypto.subtle) {
            show(false, [say("noCrypto")], [], "", say("notVerified", 1));
            return;
        }
        const file = document.getElementById("bundle-file").files[0];
        if (!file) {
            show(false, [say("noFile")], [], "", say("notVerified", 1));
            return;
        }
        let trusted = null;
        const keyText = document.getElementById("trusted-key").value.trim();
        if (keyText) {
            const spki = trustedKeyBytes(keyText);
            try {
                trusted = {key: await importKey(spki), keyId: hex(await sha256(spki))};
            } catch (e) {
                show(false, [say("badTrustedKey")], [], "", say("notVerified", 1));
                return;
            }
        }
        let bundle;
        try {
            bundle = JSON.parse(await file.text());
        } catch (e) {
            bundle = undefined;
        }
        let result;
        try {
            result = bundle === undefined ? {failures: [say("unreadable")], rows: []} : await check(bundle, trusted);
        } catch (e) {
            // Ed25519 missing from this browser's Web Crypto, or anything else it could not do
            result = {failures: [say("noCrypto")], rows: []};
        }
        const verified = result.failures.length === 0;
        const heading = !verified ? say("notVerified", result.failures.length)
            : result.complete
                ? say("verifiedComplete", result.rows.length, bundle.traineeId, bundle.treeHead.treeSize, bundle.treeHead.timestamp)
                : say("verified", result.rows.length, bundle.traineeId, bundle.treeHead.treeSize, bundle.treeHead.timestamp)
                    + " " + say("notShownComplete");
        const keyNote = !trusted ? say("withBundleKey")
            : result.announcements > 0 ? say("withTrustedKeyChain", trusted.keyId, result.announcements, bundle.treeHead.keyId)
                : say("withTrustedKey", trusted.keyId);
        show(verified, result.failures, result.rows, keyNote, heading);
    });
    verdictLine.tabIndex = -1;
})();
