package io.frontdesk.customer;

import java.util.regex.Pattern;

/**
 * Email syntax as helpdesks accept it: one @, a dotted domain, no spaces. Long real addresses
 * (`reply+…@reply.github.com`) are fine up to the RFC 5321 limit of 254 characters.
 */
public final class Emails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Emails() {
    }

    public static boolean valid(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email.trim()).matches();
    }
}
