package io.frontdesk.conversation;

import java.util.Locale;

/** Who a person reference points at: an agent of the account or a customer. */
public enum PersonType {
    USER, CUSTOMER;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PersonType fromStored(String token) {
        return token == null ? null : valueOf(token.toUpperCase(Locale.ROOT));
    }
}
