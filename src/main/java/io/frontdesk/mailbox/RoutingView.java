package io.frontdesk.mailbox;

import java.util.List;

/** A mailbox's routing settings and its rotation: every user of the account, in id order. */
public record RoutingView(long mailboxId, Routing routing, List<RotationEntry> rotation) {

    public RoutingView {
        rotation = List.copyOf(rotation);
    }
}
