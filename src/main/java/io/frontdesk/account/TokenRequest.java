package io.frontdesk.account;

/**
 * The parameters of a token request, gathered from whichever of JSON body, form body, query string or HTTP Basic the
 * client used. Absent parameters are null.
 */
public record TokenRequest(String grantType, String clientId, String clientSecret, String refreshToken, String code) {

    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + ", clientId=" + clientId + "]";
    }
}
