package org.cartledger.audit.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key and its announcement chain, as kept in the key directory across a rotation and a restart. */
class SigningKeyTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path keys;

    @Test
    void aFirstStartHasOneKeyAndNoAnnouncements() {
        SigningKey key = new SigningKey(keys);
        assertThat(key.announced().announcements()).isEmpty();
        assertThat(key.announced().firstKey().keyId()).isEqualTo(key.keyId());
        assertThat(key.announced().currentKeyId()).isEqualTo(key.keyId());
    }

    @Test
    void aRotationSignsWithTheNewKeyAndARestartKeepsIt() {
        SigningKey key = new SigningKey(keys);
        String first = key.keyId();
        KeyAnnouncement announcement = key.rotate(7, AT);

        assertThat(key.keyId()).isEqualTo(announcement.newKeyId()).isNotEqualTo(first);
        assertThat(key.publicKeyOf(first)).as("heads of the first key still verify").isNotNull();
        assertThat(key.announcementsUpTo(first)).isEmpty();
        assertThat(key.announcementsUpTo(key.keyId())).containsExactly(announcement);
        assertThat(keys.resolve("retired").resolve(first + ".pub")).exists();

        SigningKey restarted = new SigningKey(keys);
        assertThat(restarted.keyId()).isEqualTo(announcement.newKeyId());
        assertThat(restarted.announced().announcements()).containsExactly(announcement);
        assertThat(Ed25519Keys.keyId(restarted.chain().keys().get(0).key())).isEqualTo(first);
    }

    @Test
    void twoRotationsChainFromTheFirstKey() {
        SigningKey key = new SigningKey(keys);
        String first = key.keyId();
        KeyAnnouncement one = key.rotate(7, AT);
        KeyAnnouncement two = key.rotate(9, AT.plusSeconds(60));
        assertThat(two.oldKeyId()).isEqualTo(one.newKeyId());
        assertThat(new SigningKey(keys).chain().keys()).extracting(k -> k.keyId())
                .containsExactly(first, one.newKeyId(), two.newKeyId());
        assertThat(key.announcementsUpTo(one.newKeyId())).containsExactly(one);
    }

    @Test
    void aKeyDirectoryWhoseAnnouncementsDoNotLeadToItsKeyStopsTheStart() throws Exception {
        SigningKey key = new SigningKey(keys);
        key.rotate(7, AT);
        // the old announcements file put back beside the new key: the chain now ends at the first key
        Files.writeString(keys.resolve(SigningKey.ANNOUNCEMENTS_FILE), "{\"firstKey\":" + "{\"algorithm\":\"Ed25519\",\"spki\":\""
                + key.announced().firstKey().spki() + "\",\"keyId\":\"" + key.announced().firstKey().keyId()
                + "\"},\"currentKeyId\":\"x\",\"announcements\":[]}");
        assertThatThrownBy(() -> new SigningKey(keys)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lead to key id " + key.announced().firstKey().keyId())
                .hasMessageContaining("but the signing key in");
    }

    @Test
    void aForgedAnnouncementInTheKeyDirectoryStopsTheStart() throws Exception {
        SigningKey key = new SigningKey(keys);
        key.rotate(7, AT);
        Path file = keys.resolve(SigningKey.ANNOUNCEMENTS_FILE);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"effectiveFromTreeSize\":7", "\"effectiveFromTreeSize\":3"));
        assertThatThrownBy(() -> new SigningKey(keys)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a chain of key announcements")
                .hasMessageContaining("forged or altered");
    }
}
