package org.cartledger.users.accounts;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.accounts.Account;
import org.cartledger.http.accounts.Accounts;
import org.cartledger.http.problem.Refusal;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.http.security.LedgerUserDetails;
import org.cartledger.http.security.VerifiedCredentialCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in to the embedded ledger, with their password hashes and roles, in the
 * tables {@code ledger_user} and {@code ledger_user_role}.
 *
 * <p>These are not ledger events, on purpose. They are access control, not the training record: a
 * password is changed and a role is granted or taken away as people come and go, and none of it is
 * evidence of anyone's training, so it does not belong in an append-only, hash-chained history that
 * auditors verify and trainees' transcripts are built from (and a password hash must never be in an
 * export). Who created each user and granted each role, and when, is still kept, in these rows; and
 * every entry in the ledger carries the id of the user who recorded it.
 */
@Component
@ConditionalOnPasswordSignIn
public class LedgerUsers implements UserDetailsService, Accounts {

    static final String FIRST_ADMIN = "admin";
    /** Who "created" the first administrator: the ledger itself, on its first start. */
    static final String FIRST_START = "(first start)";
    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no further than 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ObjectProvider<VerifiedCredentialCache> verifiedCredentials;

    public LedgerUsers(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock,
                       ObjectProvider<VerifiedCredentialCache> verifiedCredentials) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.verifiedCredentials = verifiedCredentials;
    }

    /**
     * The account with its roles, in one indexed query: HTTP Basic reads it on every request, to see that a
     * remembered password still belongs to the account as it was checked.
     */
    @Override
    public UserDetails loadUserByUsername(String id) {
        String[] user = new String[2];
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        jdbc.query("SELECT u.password_hash, u.trainee_id, r.role FROM ledger_user u "
                        + "LEFT JOIN ledger_user_role r ON r.user_id = u.id WHERE u.id = ?",
                (ResultSet row) -> {
                    user[0] = row.getString(1);
                    user[1] = row.getString(2);
                    if (row.getString(3) != null) {
                        roles.add(LedgerRole.valueOf(row.getString(3)));
                    }
                }, id);
        if (user[0] == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return new LedgerUserDetails(new LedgerPrincipal(id, roles, user[1]), user[0]);
    }

    @Override
    public List<Account> all() {
        return views("", List.of());
    }

    @Override
    public Optional<Account> find(String id) {
        return views("WHERE u.id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    @Transactional
    public Account create(String id, String password, List<LedgerRole> roles, TraineeId traineeId, String createdBy) {
        requireTraineeIdForTrainee(roles, traineeId);
        requireNoOtherAccountFor(traineeId, id);
        String hash = hash(password);
        OffsetDateTime now = now();
        int inserted = onceForTraineeId(traineeId, () -> jdbc.update("INSERT INTO ledger_user (id, "
                        + "password_hash, trainee_id, created_by, created_at, password_changed_by, password_changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                id, hash, column(traineeId), createdBy, now, createdBy, now));
        if (inserted == 0) {
            throw new Refusal(409, "user-already-exists", "The user exists",
                    "There is already a user '" + id + "'. POST /api/admin/users/" + id + "/roles grants them more roles.");
        }
        insertRoles(id, roles, createdBy, now);
        return find(id).orElseThrow();
    }

    /** Adds roles (those already held stay as they were granted) and, once, the trainee id. */
    @Override
    @Transactional
    public Account grant(String id, List<LedgerRole> roles, TraineeId grantedTraineeId, String grantedBy) {
        Account user = find(id).orElseThrow(() -> notFound(id));
        TraineeId traineeId = user.traineeId();
        if (grantedTraineeId != null && !grantedTraineeId.equals(traineeId)) {
            if (traineeId != null) {
                throw new Refusal(409, "trainee-id-already-set", "The trainee id is set",
                        "User '" + id + "' is trainee '" + traineeId + "'; a person's trainee id does not change.");
            }
            traineeId = grantedTraineeId;
            requireNoOtherAccountFor(traineeId, id);
            String newTraineeId = traineeId.value();
            onceForTraineeId(traineeId, () -> jdbc.update("UPDATE ledger_user SET trainee_id = ? WHERE id = ?", newTraineeId, id));
        }
        requireTraineeIdForTrainee(roles, traineeId);
        insertRoles(id, roles, grantedBy, now());
        forgetVerifiedPassword(id);
        return find(id).orElseThrow();
    }

    /** The roles the user holds; none for a user the ledger does not have. For entries that name people. */
    public Set<LedgerRole> rolesOf(String id) {
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        jdbc.queryForList("SELECT role FROM ledger_user_role WHERE user_id = ?", String.class, id)
                .forEach(role -> roles.add(LedgerRole.valueOf(role)));
        return roles;
    }

    @Override
    public void setPassword(String id, String password, String changedBy) {
        String hash = hash(password);
        if (jdbc.update("UPDATE ledger_user SET password_hash = ?, password_changed_by = ?, password_changed_at = ? WHERE id = ?",
                hash, changedBy, now(), id) == 0) {
            throw notFound(id);
        }
        forgetVerifiedPassword(id);
    }

    /**
     * HTTP Basic checks the account's next request with bcrypt. It would also see the change by itself (it compares
     * the account it remembered with the one it reads), also one made by another process or in SQL; this frees the
     * entry at once.
     */
    private void forgetVerifiedPassword(String id) {
        verifiedCredentials.ifAvailable(cache -> cache.forget(id));
    }

    boolean noUsersYet() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger_user)", Boolean.class));
    }

    /** Creates the administrator of a ledger with no users yet; false if another process got there first. */
    @Transactional
    public boolean createFirstAdmin(String password) {
        String hash = hash(password);
        OffsetDateTime now = now();
        int inserted = jdbc.update("INSERT INTO ledger_user (id, password_hash, created_by, created_at, password_changed_by, "
                        + "password_changed_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM ledger_user) "
                        + "ON CONFLICT (id) DO NOTHING",
                FIRST_ADMIN, hash, FIRST_START, now, FIRST_START, now);
        if (inserted == 1) {
            insertRoles(FIRST_ADMIN, List.of(LedgerRole.ADMIN), FIRST_START, now);
        }
        return inserted == 1;
    }

    /** Checks the rules a password must meet (those Bean Validation cannot: bytes, not characters), then hashes it. */
    String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw invalidPassword();
        }
        return passwords.encode(password);
    }

    private static Refusal invalidPassword() {
        return Refusal.invalidField("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters and at most "
                + MAX_PASSWORD_BYTES + " bytes in UTF-8");
    }

    private void insertRoles(String id, List<LedgerRole> roles, String grantedBy, OffsetDateTime at) {
        for (LedgerRole role : EnumSet.copyOf(roles)) {
            jdbc.update("INSERT INTO ledger_user_role (user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (user_id, role) DO NOTHING", id, role.name(), grantedBy, at);
        }
    }

    /**
     * One account per trainee id: a trainee id names one person. Checked first for a clear answer; the unique
     * index ledger_user_one_per_trainee (db/users/V2) decides between two requests at the same moment.
     */
    private void requireNoOtherAccountFor(TraineeId traineeId, String userId) {
        if (traineeId == null) {
            return;
        }
        List<String> holders = jdbc.queryForList("SELECT id FROM ledger_user WHERE trainee_id = ? AND id <> ?",
                String.class, traineeId.value(), userId);
        if (!holders.isEmpty()) {
            throw oneAccountPerTrainee(traineeId, holders.get(0));
        }
    }

    private static int onceForTraineeId(TraineeId traineeId, IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DuplicateKeyException e) {
            if (traineeId == null || !String.valueOf(e.getMessage()).contains("ledger_user_one_per_trainee")) {
                throw e;
            }
            // the transaction is aborted now, so the other account is not looked up: it was made a moment ago
            throw oneAccountPerTrainee(traineeId, null);
        }
    }

    private static Refusal oneAccountPerTrainee(TraineeId traineeId, String holder) {
        return new Refusal(409, "one-account-per-trainee", "The trainee has an account",
                "Trainee '" + traineeId + "' already has an account" + (holder == null ? "" : ", '" + holder + "'")
                        + "; a trainee id names one person, who signs in with one account. Grant that account the roles "
                        + "instead (POST /api/admin/users/{userId}/roles), or check the trainee id.");
    }

    private static void requireTraineeIdForTrainee(List<LedgerRole> roles, TraineeId traineeId) {
        if (roles.contains(LedgerRole.TRAINEE) && traineeId == null) {
            throw new Refusal(422, "trainee-id-required", "Which trainee?",
                    "A user with the role TRAINEE sees their own record only, so give the traineeId they are enrolled under.");
        }
    }

    private List<Account> views(String where, List<Object> arguments) {
        Map<String, Account> users = new LinkedHashMap<>();
        Map<String, List<Account.RoleGrant>> grants = new LinkedHashMap<>();
        jdbc.query("SELECT u.id, u.trainee_id, u.created_by, u.created_at, u.password_changed_by, u.password_changed_at, "
                        + "r.role, r.granted_by, r.granted_at FROM ledger_user u LEFT JOIN ledger_user_role r ON r.user_id = u.id "
                        + where + " ORDER BY u.id, r.role",
                (ResultSet row) -> {
                    String id = row.getString("id");
                    users.computeIfAbsent(id, unused -> account(row));
                    List<Account.RoleGrant> held = grants.computeIfAbsent(id, unused -> new ArrayList<>());
                    if (row.getString("role") != null) {
                        held.add(new Account.RoleGrant(LedgerRole.valueOf(row.getString("role")),
                                row.getString("granted_by"), instant(row, "granted_at")));
                    }
                }, arguments.toArray());
        return users.values().stream().map(user -> new Account(user.id(), user.traineeId(), grants.get(user.id()), user.createdBy(),
                user.createdAt(), user.passwordChangedBy(), user.passwordChangedAt())).toList();
    }

    /** The account's own columns; its roles are gathered from the rows that follow. */
    private static Account account(ResultSet row) {
        try {
            return new Account(row.getString("id"), traineeId(row.getString("trainee_id")), List.of(),
                    row.getString("created_by"), instant(row, "created_at"),
                    row.getString("password_changed_by"), instant(row, "password_changed_at"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Refusal notFound(String id) {
        return new Refusal(404, "user-not-found", "No such user", "There is no user '" + id + "'. GET /api/admin/users lists them.");
    }

    /** The trainee_id column holds the plain string, or null for someone who is no trainee. */
    private static String column(TraineeId traineeId) {
        return traineeId == null ? null : traineeId.value();
    }

    private static TraineeId traineeId(String column) {
        return column == null ? null : new TraineeId(column);
    }
}
