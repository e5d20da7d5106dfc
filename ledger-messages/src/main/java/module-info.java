/**
 * The ledger's messages. A Java module only so that {@link org.cartledger.api.recording.LedgerEntryEvent} can be sealed
 * over event records in several packages (their package names are part of what is stored); every other module
 * reads it from the class path as before.
 */
module org.cartledger.messages {
    requires static org.axonframework.modelling;
    requires static com.fasterxml.jackson.annotation;

    exports org.cartledger.api.activity;
    exports org.cartledger.api.catalog;
    exports org.cartledger.api.cohort;
    exports org.cartledger.api.committee;
    exports org.cartledger.api.correction;
    exports org.cartledger.api.dashboard;
    exports org.cartledger.api.enrollment;
    exports org.cartledger.api.evaluation;
    exports org.cartledger.api.ids;
    exports org.cartledger.api.readmodel;
    exports org.cartledger.api.recording;
    exports org.cartledger.api.replay;
    exports org.cartledger.api.requirements;
    exports org.cartledger.api.research;
    exports org.cartledger.api.transcript;
    exports org.cartledger.api.treeheads;
}
