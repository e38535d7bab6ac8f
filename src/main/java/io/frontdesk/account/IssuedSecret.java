package io.frontdesk.account;

/**
 * A credential together with its plain secret, which exists only at the moment of creation so it can be shown once.
 */
public record IssuedSecret(Credential credential, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[credential=" + credential.id() + ", secret=***]";
    }
}
