package io.frontdesk.account;

/** Who is calling: the account and user that a request's credential acts as. */
public record Principal(long accountId, long userId, long credentialId, CredentialKind kind) {
}
