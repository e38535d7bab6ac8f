package io.frontdesk.helpscout.v1;

import io.frontdesk.testing.Tenant;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts a bare conversation row in place, so mailbox customer lists have something to find before the conversation
 * endpoints exist. Only the columns of the V3 migration are set.
 */
final class Conversations {

    private static final AtomicLong NUMBER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Conversations() {
    }

    static void insert(Tenant tenant, long mailboxId, long customerId) {
        long now = System.currentTimeMillis();
        tenant.server().app().database().withHandle(h -> h.createUpdate("""
                        INSERT INTO conversations (account_id, number, mailbox_id, customer_id, subject, status,
                                                   created_at, updated_at)
                        VALUES (:account, :number, :mailbox, :customer, 'Hello', 'active', :now, :now)""")
                .bind("account", tenant.accountId()).bind("number", NUMBER.incrementAndGet())
                .bind("mailbox", mailboxId).bind("customer", customerId).bind("now", now).execute());
    }
}
