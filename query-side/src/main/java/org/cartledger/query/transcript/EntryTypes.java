package org.cartledger.query.transcript;

import org.cartledger.api.recording.LedgerEntryEvent;

/** An entry's type as a transcript shows it: the event's name without "Event", e.g. SkillLogged. */
final class EntryTypes {

    private EntryTypes() {
    }

    static String of(LedgerEntryEvent event) {
        String name = event.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }
}
