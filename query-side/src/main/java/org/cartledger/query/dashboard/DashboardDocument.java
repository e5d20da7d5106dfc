package org.cartledger.query.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/** The stored fold of one trainee's entries (see {@link DashboardState}), as JSON. */
@Entity
@Table(name = "trainee_dashboard")
class DashboardDocument {

    @Id
    private String traineeId;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String state;

    private long ledgerPosition;

    protected DashboardDocument() {
    }

    DashboardDocument(String traineeId) {
        this.traineeId = traineeId;
        this.ledgerPosition = -1;
    }

    String state() {
        return state;
    }

    long ledgerPosition() {
        return ledgerPosition;
    }

    void update(String newState, long position) {
        this.state = newState;
        this.ledgerPosition = position;
    }
}
