package org.cartledger.api.evaluation;

/** The three parts of the technical competency evaluation. */
public enum TechnicalArea {
    PROCEDURES,
    COMPLICATION_MANAGEMENT,
    SIMULATION_BASED_TRAINING
}
