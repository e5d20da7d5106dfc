// The checks docs/ledger-proofs.md defines that more than one page runs in the browser: hashes, hex and base64,
// the Merkle tree's inclusion and consistency proofs (RFC 9162 §2.1.3.2 and §2.1.4.2), and Ed25519 signatures of
// tree heads, with the browser's Web Crypto. Nothing here talks to the server.
"use strict";
window.LedgerProofs = (function () {
    const HEAD_PREFIX = "cartledger:tree-head:v1";
    const HEAD_PREFIX_V2 = "cartledger:tree-head:v2";
    const encoder = new TextEncoder();

    // ---- bytes, hashes, hex and base64

    function concat(parts) {
        const length = parts.reduce((sum, part) => sum + part.length, 0);
        const out = new Uint8Array(length);
        let at = 0;
        for (const part of parts) {
            out.set(part, at);
            at += part.length;
        }
        return out;
    }

    async function sha256(bytes) {
        return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    }

    function hex(bytes) {
        return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    }

    /** A 32-byte hash from lowercase hex, or null when it is not one. */
    function fromHex(text) {
        if (typeof text !== "string" || !/^[0-9a-f]{64}$/.test(text)) {
            return null;
        }
        const out = new Uint8Array(32);
        for (let i = 0; i < 32; i++) {
            out[i] = parseInt(text.substr(i * 2, 2), 16);
        }
        return out;
    }

    /** Standard base64 with padding (RFC 4648 §4), or null when it is not. */
    function fromBase64(text) {
        if (typeof text !== "string" || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
            return null;
        }
        try {
            const binary = atob(text);
            return Uint8Array.from(binary, c => c.charCodeAt(0));
        } catch (e) {
            return null;
        }
    }

    function same(a, b) {
        if (!a || !b || a.length !== b.length) {
            return false;
        }
        let difference = 0;
        for (let i = 0; i < a.length; i++) {
            difference |= a[i] ^ b[i];
        }
        return difference === 0;
    }

    function isCount(value) {
        return Number.isSafeInteger(value) && value >= 0;
    }

    // ---- §3 the Merkle tree: proofs

    /** RFC 9162 §2.1.3.2: does the audit path lead from the leaf at leafIndex to the root of a tree of treeSize? */
    async function verifyInclusion(leafIndex, treeSize, leaf, path, root) {
        if (leafIndex >= treeSize) {
            return false;
        }
        let fn = leafIndex;
        let sn = treeSize - 1;
        let r = leaf;
        for (const p of path) {
            if (sn === 0) {
                return false;
            }
            if (fn % 2 === 1 || fn === sn) {
                r = await sha256(concat([Uint8Array.of(1), p, r]));
                if (fn % 2 === 0) {
                    while (fn % 2 === 0 && fn !== 0) {
                        fn = Math.floor(fn / 2);
                        sn = Math.floor(sn / 2);
                    }
                }
            } else {
                r = await sha256(concat([Uint8Array.of(1), r, p]));
            }
            fn = Math.floor(fn / 2);
            sn = Math.floor(sn / 2);
        }
        return sn === 0 && same(r, root);
    }

    function isPowerOfTwo(n) {
        while (n > 1 && n % 2 === 0) {
            n = n / 2;
        }
        return n === 1;
    }

    /** RFC 9162 §2.1.4.2: is the tree of size first, with root firstRoot, a prefix of the tree of size second? */
    async function verifyConsistency(first, second, firstRoot, secondRoot, proof) {
        if (first === second) {
            return proof.length === 0 && same(firstRoot, secondRoot);
        }
        if (first < 1 || first > second) {
            return false;
        }
        let path = proof;
        // the first tree is a complete subtree: its root starts the path
        if (isPowerOfTwo(first)) {
            path = [firstRoot].concat(proof);
        }
        if (path.length === 0) {
            return false;
        }
        let fn = first - 1;
        let sn = second - 1;
        while (fn % 2 === 1) {
            fn = Math.floor(fn / 2);
            sn = Math.floor(sn / 2);
        }
        let fr = path[0];
        let sr = path[0];
        for (const c of path.slice(1)) {
            if (sn === 0) {
                return false;
            }
            if (fn % 2 === 1 || fn === sn) {
                fr = await sha256(concat([Uint8Array.of(1), c, fr]));
                sr = await sha256(concat([Uint8Array.of(1), c, sr]));
                if (fn % 2 === 0) {
                    while (fn % 2 === 0 && fn !== 0) {
                        fn = Math.floor(fn / 2);
                        sn = Math.floor(sn / 2);
                    }
                }
            } else {
                sr = await sha256(concat([Uint8Array.of(1), sr, c]));
            }
            fn = Math.floor(fn / 2);
            sn = Math.floor(sn / 2);
        }
        return sn === 0 && same(fr, firstRoot) && same(sr, secondRoot);
    }

    // ---- §4 signed tree heads

    async function importKey(spki) {
        return crypto.subtle.importKey("spki", spki, {name: "Ed25519"}, false, ["verify"]);
    }

    async function signatureVerifies(head, key) {
        const signature = fromBase64(head.signature);
        if (signature === null) {
            return false;
        }
        // a head of version 2 also signs the root of its record map (docs/ledger-proofs.md §4a)
        const signed = head.mapRootHash === undefined || head.mapRootHash === null
            ? [HEAD_PREFIX, String(head.treeSize), head.rootHash, head.timestamp].join("\n")
            : [HEAD_PREFIX_V2, String(head.treeSize), head.rootHash, head.mapRootHash, head.timestamp].join("\n");
        try {
            return await crypto.subtle.verify({name: "Ed25519"}, key, signature, encoder.encode(signed));
        } catch (e) {
            return false;
        }
    }

    // ---- §4b key announcements

    const ROTATION_PREFIX = "cartledger:key-rotation:v1";
    const WHOLE_SECONDS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    const ANNOUNCEMENT_TEXT = ["oldKeyId", "newKeyId", "newPublicKey", "announcedAt", "oldKeySignature", "newKeySignature"];

    async function verifies(key, signatureBase64, bytes) {
        const signature = fromBase64(signatureBase64);
        if (signature === null || signature.length !== 64) {
            return false;
        }
        try {
            return await crypto.subtle.verify({name: "Ed25519"}, key, signature, bytes);
        } catch (e) {
            return false;
        }
    }

    /**
     * Follows key announcements (oldest first) from the key the auditor trusts, {key, keyId}, by the rules of §4b and in
     * their order, as ledger-verifier's KeyChain does. Returns {keys: [{key, keyId, from, until}]}, the trusted key first
     * and until null for the newest, or {problem: [word, ...arguments]} naming the first announcement that fails.
     */
    async function followKeyChain(trusted, announcements) {
        const keys = [];
        let current = trusted.key;
        let currentId = trusted.keyId;
        let from = 0;
        for (let i = 0; i < announcements.length; i++) {
            const a = announcements[i];
            if (!a || typeof a !== "object" || ANNOUNCEMENT_TEXT.some(name => typeof a[name] !== "string")
                || !isCount(a.effectiveFromTreeSize)) {
                return {problem: ["announcementField", i]};
            }
            if (a.oldKeyId !== currentId) {
                return {problem: ["announcementOutOfTurn", i, a.oldKeyId, currentId]};
            }
            const signed = encoder.encode([ROTATION_PREFIX, a.oldKeyId, a.newKeyId, a.newPublicKey,
                String(a.effectiveFromTreeSize), a.announcedAt].join("\n"));
            if (!(await verifies(current, a.oldKeySignature, signed))) {
                return {problem: ["announcementForged", i, currentId]};
            }
            const spki = fromBase64(a.newPublicKey);
            let next = null;
            if (spki !== null && hex(await sha256(spki)) === a.newKeyId) {
                try {
                    next = await importKey(spki);
                } catch (e) {
                    next = null;
                }
            }
            if (next === null) {
                return {problem: ["announcementNewKey", i]};
            }
            if (!(await verifies(next, a.newKeySignature, signed))) {
                return {problem: ["announcementNotByNewKey", i, a.newKeyId]};
            }
            if (!WHOLE_SECONDS_UTC.test(a.announcedAt) || Number.isNaN(Date.parse(a.announcedAt))) {
                return {problem: ["announcementTime", i, a.announcedAt]};
            }
            if (a.effectiveFromTreeSize < from) {
                return {problem: ["announcementEarlier", i, a.effectiveFromTreeSize, from]};
            }
            if (a.newKeyId === currentId || keys.some(k => k.keyId === a.newKeyId)) {
                return {problem: ["announcementRepeats", i, a.newKeyId]};
            }
            keys.push({key: current, keyId: currentId, from, until: a.effectiveFromTreeSize});
            current = next;
            currentId = a.newKeyId;
            from = a.effectiveFromTreeSize;
        }
        keys.push({key: current, keyId: currentId, from, until: null});
        return {keys};
    }

    /** The key the auditor pasted: base64 of the SubjectPublicKeyInfo DER, or PEM. */
    function trustedKeyBytes(text) {
        const body = text.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "").replace(/\s+/g, "");
        return fromBase64(body);
    }

    return {concat, sha256, hex, fromHex, fromBase64, same, isCount, verifyInclusion, verifyConsistency, importKey,
        signatureVerifies, followKeyChain, trustedKeyBytes, encoder};
})();
