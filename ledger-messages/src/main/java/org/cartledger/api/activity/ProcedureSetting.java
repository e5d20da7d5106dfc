package org.cartledger.api.activity;

/** Whether a procedure was practised in simulation or performed on a patient under supervision. */
public enum ProcedureSetting {
    SIMULATION,
    CLINICAL
}
