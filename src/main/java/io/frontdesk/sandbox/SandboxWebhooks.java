package io.frontdesk.sandbox;

import io.frontdesk.account.AccountService;
import io.frontdesk.webhook.Attempt;
import io.frontdesk.webhook.WebhookService;

import java.util.List;

/** The webhook deliveries of an account as a test looks at them: by event and by the resource it was about. */
public final class SandboxWebhooks {

    /** The most deliveries one listing shows. */
    public static final int LIMIT = 500;

    private final SandboxStore store;
    private final WebhookService webhooks;
    private final AccountService accounts;

    public SandboxWebhooks(SandboxStore store, WebhookService webhooks, AccountService accounts) {
        this.store = store;
        this.webhooks = webhooks;
        this.accounts = accounts;
    }

    /** Newest first; 404 for an unknown account. */
    public List<DeliveryView> deliveries(long accountId, String event, Long resourceId, boolean deliveredOnly,
                                         int limit) {
        accounts.account(accountId);
        return store.deliveries(accountId, event, resourceId, deliveredOnly, Math.min(limit, LIMIT));
    }

    public List<Attempt> attempts(long accountId, long deliveryId) {
        return webhooks.attempts(accountId, deliveryId);
    }
}
