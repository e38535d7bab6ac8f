package io.frontdesk.helpcrunch;

import io.frontdesk.account.User;

/** A HelpCrunch agent: owners and admins are `admin`, plain users `agent`. */
record HcAgent(long id, String name, String email, String role) {

    static HcAgent of(User user) {
        String role = switch (user.role()) {
            case OWNER, ADMIN -> "admin";
            case USER, LIGHT_USER -> "agent";
        };
        return new HcAgent(user.id(), (user.firstName() + " " + user.lastName()).trim(), user.email(), role);
    }
}
