package io.frontdesk.sandbox;

/**
 * A throwaway account to make; every field may be null, and a unique value is made up for it.
 */
public record NewSandboxAccount(String name, String ownerEmail, String mailboxEmail) {
}
