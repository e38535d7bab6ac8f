package io.frontdesk.workflow;

import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored text of a definition reads back as the same definition, whatever its texts hold. */
class DefinitionTextTest {

    @Test
    void every_condition_and_action_reads_back_equal_including_spaces_newlines_and_empty_values() {
        WorkflowDefinition definition = new WorkflowDefinition(
                Set.of(WorkflowTrigger.CONVERSATION_CREATED, WorkflowTrigger.FIELDS_CHANGED), false,
                List.of(new WorkflowCondition.StatusIn(Set.of(ConversationStatus.ACTIVE, ConversationStatus.SPAM)),
                        new WorkflowCondition.HasTag("two words"), new WorkflowCondition.LacksTag("a&b=c%"),
                        new WorkflowCondition.SubjectContains("line\nbreak + plus"),
                        new WorkflowCondition.AssignedTo(7L), new WorkflowCondition.AssignedTo(null),
                        new WorkflowCondition.TypeIs(ConversationType.CHAT)),
                List.of(new WorkflowAction.SetStatus(ConversationStatus.CLOSED), new WorkflowAction.Assign(null),
                        new WorkflowAction.Assign(3L), new WorkflowAction.AddTags(List.of("vip", "ünïcødé tag")),
                        new WorkflowAction.RemoveTags(List.of("old")), new WorkflowAction.Move(9),
                        new WorkflowAction.AddNote("<p>Hello\nthere</p>"), new WorkflowAction.SetField(4, ""),
                        new WorkflowAction.SetField(5, "a b"), new WorkflowAction.ApplySavedReply(11)));

        String text = DefinitionText.encode(definition);

        assertThat(DefinitionText.decode(text)).isEqualTo(definition);
        assertThat(text.lines()).first().isEqualTo("on conversation.created fields.changed");
    }

    @Test
    void a_manual_definition_without_triggers_or_conditions_reads_back_equal() {
        WorkflowDefinition definition = new WorkflowDefinition(Set.of(), true, List.of(),
                List.of(new WorkflowAction.SetStatus(ConversationStatus.SPAM)));
        assertThat(DefinitionText.decode(DefinitionText.encode(definition))).isEqualTo(definition);
    }
}
