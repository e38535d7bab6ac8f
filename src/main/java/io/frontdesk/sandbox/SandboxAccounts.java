package io.frontdesk.sandbox;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.CredentialCache;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.setup.FirstStart;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throwaway accounts and resets. An account is made as first start makes one (an owner, a mailbox, one credential of
 * each dialect) in one transaction, and its rows are remembered as they were made, so a reset of the account writes
 * exactly those rows back: same ids, same credential hashes, so the same secrets work. A reset of everything empties
 * every table, starts every id sequence again and runs first start once more with the configured bootstrap values
 * (the sandbox fixes them, so the first account's credentials are the same).
 *
 * <p>Making and deleting a throwaway account commit without waiting for the disk
 * ({@link SandboxStore#commitWithoutFlush}): on PostgreSQL the flush is a large share of a creation's time, and a
 * throwaway account lost to a crash of the database server is made again by the next test run.
 */
public final class SandboxAccounts {

    private final AccountService accounts;
    private final FirstStart firstStart;
    private final FrontdeskConfig.Bootstrap bootstrap;
    private final SandboxStore store;
    private final Transactions tx;
    private final CredentialCache credentials;
    /** Each account's rows as made, for its reset; only accounts made or reset here (and first start's) are known. */
    private final Map<Long, List<TableRows>> made = new ConcurrentHashMap<>();

    public SandboxAccounts(AccountService accounts, FirstStart firstStart,
                           FrontdeskConfig.Bootstrap bootstrap, SandboxStore store, Transactions tx,
                           CredentialCache credentials) {
        this.accounts = accounts;
        this.firstStart = firstStart;
        this.bootstrap = bootstrap;
        this.store = store;
        this.tx = tx;
        this.credentials = credentials;
    }

    public FirstStart.Result create(NewSandboxAccount request) {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        String name = request.name() == null ? "Sandbox " + unique : request.name();
        String owner = request.ownerEmail() == null ? "owner-" + unique + "@sandbox.test" : request.ownerEmail();
        String mailbox = request.mailboxEmail() == null ? "support-" + unique + "@sandbox.test"
                : request.mailboxEmail();
        return tx.inTransaction(() -> {
            store.commitWithoutFlush();
            FirstStart.Result result = firstStart.make(FirstStart.Seed.generated(name, owner, mailbox, "sandbox"));
            long account = result.owner().accountId();
            made.put(account, store.newAccountRows(account));
            return result;
        });
    }

    /** Remembers an account as it is now as the state its reset returns to (first start's, made elsewhere). */
    public void remember(long accountId) {
        List<TableRows> rows = tx.inTransaction(() -> store.accountRows(accountId));
        if (rows.isEmpty()) {
            throw ApiException.notFound("Account not found");
        }
        made.put(accountId, rows);
    }

    public void delete(long accountId) {
        if (!tx.inTransaction(() -> {
            store.commitWithoutFlush();
            return store.deleteAccount(accountId);
        })) {
            throw ApiException.notFound("Account not found");
        }
        made.remove(accountId);
        credentials.invalidateAll();
    }

    /** The account back as it was made: everything else it holds is deleted, its first rows written back. */
    public void reset(long accountId) {
        List<TableRows> rows = made.get(accountId);
        if (rows == null) {
            boolean exists = accounts.accounts().stream().anyMatch(a -> a.id() == accountId);
            if (!exists) {
                throw ApiException.notFound("Account not found");
            }
            throw new ApiException(ErrorKind.CONFLICT, "Account " + accountId + " was not made by the sandbox, so its"
                    + " first state is unknown; reset everything instead");
        }
        store.restoreAccount(accountId, rows);
        credentials.invalidateAll();
    }

    /** A named snapshot: what the database held when it was taken, and which accounts' first states were known. */
    public record Snapshot(String name, java.time.Instant takenAt, DatabaseCopy copy, Map<Long, List<TableRows>> made) {
    }

    private final Map<String, Snapshot> snapshots = new java.util.concurrent.ConcurrentSkipListMap<>();
    /** Snapshot calls one at a time: a copy is never discarded while it is being restored. */
    private final Object snapshotLock = new Object();

    /** Saves (or replaces) a snapshot of the whole database under {@code name}. */
    public Snapshot saveSnapshot(String name, java.time.Instant now) {
        synchronized (snapshotLock) {
            Snapshot snapshot = new Snapshot(name, now, store.copy(), Map.copyOf(made));
            Snapshot replaced = snapshots.put(name, snapshot);
            if (replaced != null) {
                store.discard(replaced.copy());
            }
            return snapshot;
        }
    }

    public List<Snapshot> snapshots() {
        return List.copyOf(snapshots.values());
    }

    /** Puts the whole database back as the snapshot found it: rows, ids to come, known accounts. */
    public Snapshot restoreSnapshot(String name) {
        synchronized (snapshotLock) {
            Snapshot snapshot = snapshots.get(name);
            if (snapshot == null) {
                throw ApiException.notFound("Snapshot not found");
            }
            store.restore(snapshot.copy());
            made.clear();
            made.putAll(snapshot.made());
            credentials.invalidateAll();
            return snapshot;
        }
    }

    public void deleteSnapshot(String name) {
        synchronized (snapshotLock) {
            Snapshot removed = snapshots.remove(name);
            if (removed == null) {
                throw ApiException.notFound("Snapshot not found");
            }
            store.discard(removed.copy());
        }
    }

    /**
     * The store as the first reset of everything left it, with what first start answered then; kept where a restore
     * is fast (SQLite's pages, PostgreSQL's difference) and first start's credentials are all fixed by configuration,
     * so that putting it back is the same as running first start again.
     */
    private record FirstState(DatabaseCopy copy, FirstStart.Result result, List<TableRows> rows) {
    }

    private volatile FirstState firstState;

    /** Every table emptied, ids from 1 again, first start run again; answers what first start made. */
    public FirstStart.Result resetAll() {
        FirstStart.Result result;
        // first start's account as made, kept with the saved state: reading it again was a third of a reset's
        // statements
        List<TableRows> rows = null;
        synchronized (snapshotLock) {
            FirstState state = firstState;
            if (state != null) {
                store.restore(state.copy());
                result = state.result();
                rows = state.rows();
            } else if (store.restoresFast() && fixedCredentials()) {
                FirstState made = store.exclusively(() -> {
                    FirstStart.Result first = wipeAndStart();
                    long account = first.owner().accountId();
                    List<TableRows> firstRows = tx.inTransaction(() -> store.accountRows(account));
                    return new FirstState(store.copy(), first, firstRows);
                });
                firstState = made;
                result = made.result();
                rows = made.rows();
            } else {
                result = wipeAndStart();
            }
        }
        made.clear();
        credentials.invalidateAll();
        if (rows != null) {
            made.put(result.owner().accountId(), rows);
        } else {
            remember(result.owner().accountId());
        }
        return result;
    }

    /** Frees every snapshot's copy and the first state's (PostgreSQL keeps them in the database); at shutdown. */
    public void close() {
        synchronized (snapshotLock) {
            snapshots.values().forEach(s -> store.discard(s.copy()));
            snapshots.clear();
            FirstState state = firstState;
            firstState = null;
            if (state != null) {
                store.discard(state.copy());
            }
        }
    }

    private FirstStart.Result wipeAndStart() {
        return tx.inTransaction(() -> {
            store.wipe();
            return firstStart.runIfEmpty(bootstrap).orElseThrow();
        });
    }

    /** Without fixed values first start makes new credentials each time, which a saved state cannot replay. */
    private boolean fixedCredentials() {
        return bootstrap.clientId().isPresent() && bootstrap.clientSecret().isPresent()
                && bootstrap.apiKey().isPresent() && bootstrap.helpcrunchKey().isPresent();
    }
}
