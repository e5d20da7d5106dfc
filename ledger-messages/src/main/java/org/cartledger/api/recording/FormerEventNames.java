package org.cartledger.api.recording;

import java.util.Map;
import org.cartledger.api.activity.SkillSignedOffEvent;

/**
 * The names events were stored under before they were renamed. A stored event keeps the payload type
 * it was written with (the Merkle tree hashes those bytes), so a renamed event is read back through
 * this table: every reader of stored events deserializes with the ledger's event serializer, which
 * looks names up here first.
 */
public final class FormerEventNames {

    private static final Map<String, Class<? extends LedgerEntryEvent>> CURRENT = Map.of(
            // the program says a skill is signed off, not logged
            "org.cartledger.api.activity.SkillLoggedEvent", SkillSignedOffEvent.class);

    private FormerEventNames() {
    }

    /** The name a stored payload type is read as today: its current class's name when it was renamed, else itself. */
    public static String current(String storedTypeName) {
        Class<? extends LedgerEntryEvent> renamed = CURRENT.get(storedTypeName);
        return renamed == null ? storedTypeName : renamed.getName();
    }
}
