package org.cartledger.proof.keyrotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.junit.jupiter.api.Test;

class KeyChainTest {

    private static final KeyPair FIRST = SeededKeys.of(1);
    private static final KeyPair SECOND = SeededKeys.of(2);
    private static final KeyPair THIRD = SeededKeys.of(3);
    private static final KeyPair STRANGER = SeededKeys.of(9);
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final KeyAnnouncement FIRST_TO_SECOND = KeyAnnouncement.sign(FIRST, SECOND, 20, AT);
    private static final KeyAnnouncement SECOND_TO_THIRD = KeyAnnouncement.sign(SECOND, THIRD, 35, AT.plusSeconds(60));

    private static SignedTreeHead head(KeyPair keys, long size) {
        return new TreeHeadSigner(keys).sign(new TreeHead(size, new byte[32], AT));
    }

    @Test
    void withoutAnnouncementsTheChainIsTheTrustedKeyAlone() {
        KeyChain chain = KeyChain.follow(FIRST.getPublic(), List.of());
        assertThat(chain.keys()).hasSize(1);
        assertThat(chain.refusalOf(head(FIRST, 50))).isNull();
    }

    @Test
    void aChainOfTwoRotationsReachesTheThirdKeyAndEachKeySignsItsOwnSizes() {
        KeyChain chain = KeyChain.follow(FIRST.getPublic(), List.of(FIRST_TO_SECOND, SECOND_TO_THIRD));
        assertThat(chain.keys()).extracting(KeyChain.ChainedKey::keyId).containsExactly(
                Ed25519Keys.keyId(FIRST.getPublic()), Ed25519Keys.keyId(SECOND.getPublic()),
                Ed25519Keys.keyId(THIRD.getPublic()));
        assertThat(chain.refusalOf(head(FIRST, 3))).isNull();
        assertThat(chain.refusalOf(head(FIRST, 20))).isNull();
        assertThat(chain.refusalOf(head(SECOND, 20))).isNull();
        assertThat(chain.refusalOf(head(SECOND, 35))).isNull();
        assertThat(chain.refusalOf(head(THIRD, 400))).isNull();
    }

    @Test
    void aReplacedKeyCannotSignAHeadAfterItsSuccessorTookOver() {
        KeyChain chain = KeyChain.follow(FIRST.getPublic(), List.of(FIRST_TO_SECOND));
        assertThat(chain.refusalOf(head(FIRST, 21))).contains("signs heads of tree sizes 0 to 20, not of size 21");
        assertThat(chain.refusalOf(head(SECOND, 19))).contains("signs heads of tree sizes 20 to now, not of size 19");
    }

    @Test
    void aHeadSignedByAKeyTheChainDoesNotReachIsRefused() {
        KeyChain chain = KeyChain.follow(FIRST.getPublic(), List.of(FIRST_TO_SECOND));
        assertThat(chain.refusalOf(head(THIRD, 40))).contains("is signed by key id " + Ed25519Keys.keyId(THIRD.getPublic()))
                .contains("do not reach");
    }

    @Test
    void aHeadWhoseSignatureIsNotByTheKeyItNamesIsRefused() {
        SignedTreeHead genuine = head(SECOND, 30);
        SignedTreeHead relabelled = new SignedTreeHead(head(STRANGER, 30).head(), head(STRANGER, 30).signature(),
                genuine.keyId());
        KeyChain chain = KeyChain.follow(FIRST.getPublic(), List.of(FIRST_TO_SECOND));
        assertThat(chain.refusalOf(relabelled)).contains("signature does not verify with key id " + genuine.keyId());
    }

    @Test
    void anAnnouncementSignedByAKeyNotInTheChainIsForged() {
        KeyAnnouncement genuine = KeyAnnouncement.sign(STRANGER, THIRD, 20, AT);
        // a stranger's announcement relabelled as coming from the first key
        KeyAnnouncement forged = new KeyAnnouncement(Ed25519Keys.keyId(FIRST.getPublic()), genuine.newKeyId(),
                genuine.newPublicKey(), 20, genuine.announcedAt(), genuine.oldKeySignature(), genuine.newKeySignature());
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(forged)))
                .isInstanceOf(KeyChainBroken.class)
                .hasMessageContaining("key announcement 0 is not signed by key id " + Ed25519Keys.keyId(FIRST.getPublic()))
                .hasMessageContaining("forged");
    }

    @Test
    void anAnnouncementWithAnAlteredFieldNoLongerVerifies() {
        KeyAnnouncement earlier = new KeyAnnouncement(FIRST_TO_SECOND.oldKeyId(), FIRST_TO_SECOND.newKeyId(),
                FIRST_TO_SECOND.newPublicKey(), 5, FIRST_TO_SECOND.announcedAt(), FIRST_TO_SECOND.oldKeySignature(),
                FIRST_TO_SECOND.newKeySignature());
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(earlier)))
                .hasMessageContaining("is not signed by key id");
    }

    @Test
    void aChainWithAMissingLinkIsBroken() {
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(SECOND_TO_THIRD)))
                .isInstanceOf(KeyChainBroken.class)
                .hasMessage("key announcement 0 replaces key id " + Ed25519Keys.keyId(SECOND.getPublic())
                        + ", but the chain has reached key id " + Ed25519Keys.keyId(FIRST.getPublic())
                        + ": the chain is broken");
    }

    @Test
    void announcementsOutOfOrderBreakTheChain() {
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(SECOND_TO_THIRD, FIRST_TO_SECOND)))
                .hasMessageContaining("the chain is broken");
    }

    @Test
    void anAnnouncementWithoutTheNewKeysSignatureDoesNotShowPossession() {
        KeyAnnouncement unproven = new KeyAnnouncement(FIRST_TO_SECOND.oldKeyId(), FIRST_TO_SECOND.newKeyId(),
                FIRST_TO_SECOND.newPublicKey(), 20, FIRST_TO_SECOND.announcedAt(), FIRST_TO_SECOND.oldKeySignature(),
                FIRST_TO_SECOND.oldKeySignature());
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(unproven)))
                .hasMessageContaining("is not signed by its new key id");
    }

    @Test
    void aNewKeyWhoseIdIsNotItsHashIsRefused() {
        KeyAnnouncement mislabelled = new KeyAnnouncement(FIRST_TO_SECOND.oldKeyId(), Ed25519Keys.keyId(THIRD.getPublic()),
                FIRST_TO_SECOND.newPublicKey(), 20, FIRST_TO_SECOND.announcedAt(), FIRST_TO_SECOND.oldKeySignature(),
                FIRST_TO_SECOND.newKeySignature());
        // the old key's signature covers the new key id, so the relabelling is caught there first
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(mislabelled)))
                .isInstanceOf(KeyChainBroken.class);
    }

    @Test
    void aRotationBackToAnEarlierKeyIsRefused() {
        KeyAnnouncement back = KeyAnnouncement.sign(SECOND, FIRST, 30, AT);
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(FIRST_TO_SECOND, back)))
                .hasMessageContaining("brings back key id " + Ed25519Keys.keyId(FIRST.getPublic()));
    }

    @Test
    void aRotationThatTakesEffectBeforeThePreviousOneIsRefused() {
        KeyAnnouncement backwards = KeyAnnouncement.sign(SECOND, THIRD, 10, AT);
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(FIRST_TO_SECOND, backwards)))
                .hasMessageContaining("takes effect from tree size 10, before the key it replaces did (20)");
    }

    @Test
    void anAnnouncementLackingAFieldIsRefused() {
        KeyAnnouncement partial = new KeyAnnouncement(FIRST_TO_SECOND.oldKeyId(), FIRST_TO_SECOND.newKeyId(),
                FIRST_TO_SECOND.newPublicKey(), 20, null, FIRST_TO_SECOND.oldKeySignature(), FIRST_TO_SECOND.newKeySignature());
        assertThatThrownBy(() -> KeyChain.follow(FIRST.getPublic(), List.of(partial))).hasMessageContaining("lacks a field");
    }
}
