package org.cartledger.users.signin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.SignInEvent;
import org.cartledger.http.security.SignInEventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sign-in events in PostgreSQL ({@code sign_in_event}, append-only): written on failures,
 * lockouts, refusals and lifts only, never on an ordinary sign-in, so the check that every request
 * makes costs no SQL.
 */
@Component
@ConditionalOnPasswordSignIn
class SignInEventTable implements SignInEventStore {

    private final JdbcTemplate jdbc;

    SignInEventTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(SignInEvent event) {
        jdbc.update("INSERT INTO sign_in_event (occurred_at, kind, user_id, client_address, lock_kind, locked_until, attempts, acted_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(event.at()), event.kind().name(), event.userId(), event.clientAddress(),
                event.lock() == null ? null : event.lock().name(),
                event.lockedUntil() == null ? null : Timestamp.from(event.lockedUntil()), event.attempts(), event.actedBy());
    }

    /** The newest events first, of one user id and/or one address if given. */
    List<SignInEvent> newest(String userId, String address, int limit) {
        StringBuilder sql = new StringBuilder("SELECT occurred_at, kind, user_id, client_address, lock_kind, locked_until, attempts, "
                + "acted_by FROM sign_in_event WHERE true");
        List<Object> arguments = new ArrayList<>();
        if (userId != null) {
            sql.append(" AND user_id = ?");
            arguments.add(userId);
        }
        if (address != null) {
            sql.append(" AND client_address = ?");
            arguments.add(address);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (row, n) -> event(row), arguments.toArray());
    }

    private static SignInEvent event(ResultSet row) throws SQLException {
        String lock = row.getString("lock_kind");
        return new SignInEvent(SignInEvent.Kind.valueOf(row.getString("kind")), instant(row, "occurred_at"), row.getString("user_id"),
                row.getString("client_address"), lock == null ? null : SignInEvent.Lock.valueOf(lock), instant(row, "locked_until"),
                (Integer) row.getObject("attempts"), row.getString("acted_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
