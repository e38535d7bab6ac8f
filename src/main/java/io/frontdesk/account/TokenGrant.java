package io.frontdesk.account;

/** The answer of the token endpoint; {@code refreshToken} is null for the client-credentials grant. */
public record TokenGrant(String accessToken, long expiresInSeconds, String refreshToken) {

    @Override
    public String toString() {
        return "TokenGrant[expiresIn=" + expiresInSeconds + "]";
    }
}
