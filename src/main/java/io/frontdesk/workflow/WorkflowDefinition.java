package io.frontdesk.workflow;

import java.util.List;
import java.util.Set;

/**
 * What a workflow does: on which events it runs (automatic ones only), which conversations it takes (all or any of
 * its conditions; none means every conversation of its mailbox) and its actions, applied in order.
 */
public record WorkflowDefinition(Set<WorkflowTrigger> triggers, boolean matchAll, List<WorkflowCondition> conditions,
                                 List<WorkflowAction> actions) {

    public WorkflowDefinition {
        triggers = Set.copyOf(triggers);
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    public boolean matches(io.frontdesk.conversation.Conversation conversation) {
        if (conditions.isEmpty()) {
            return true;
        }
        return matchAll ? conditions.stream().allMatch(c -> c.matches(conversation))
                : conditions.stream().anyMatch(c -> c.matches(conversation));
    }
}
