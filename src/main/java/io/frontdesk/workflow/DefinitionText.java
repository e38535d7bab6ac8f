package io.frontdesk.workflow;

import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationType;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stored form of a {@link WorkflowDefinition}: one line per trigger list, match rule, condition ({@code if}) and
 * action ({@code do}), each a few URL-encoded words separated by spaces. The core writes no JSON (it imports no
 * Jackson), and like {@code EventDetails} the text stays readable in SQL. Only this class writes it, so reading
 * trusts its shape.
 */
public final class DefinitionText {

    private static final String NONE = "none";

    private DefinitionText() {
    }

    public static String encode(WorkflowDefinition definition) {
        List<String> lines = new ArrayList<>();
        Set<String> on = new TreeSet<>();
        definition.triggers().forEach(trigger -> on.add(trigger.token()));
        lines.add(line("on", on.toArray(String[]::new)));
        lines.add(line("match", definition.matchAll() ? "all" : "any"));
        for (WorkflowCondition condition : definition.conditions()) {
            lines.add(line("if", condition(condition)));
        }
        for (WorkflowAction action : definition.actions()) {
            lines.add(line("do", action(action)));
        }
        return String.join("\n", lines);
    }

    public static WorkflowDefinition decode(String text) {
        Set<WorkflowTrigger> triggers = EnumSet.noneOf(WorkflowTrigger.class);
        boolean matchAll = true;
        List<WorkflowCondition> conditions = new ArrayList<>();
        List<WorkflowAction> actions = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> words = Arrays.stream(line.split(" ", -1))
                    .map(word -> URLDecoder.decode(word, StandardCharsets.UTF_8)).toList();
            List<String> args = words.subList(1, words.size());
            switch (words.get(0)) {
                case "on" -> args.forEach(token -> WorkflowTrigger.parse(token).ifPresent(triggers::add));
                case "match" -> matchAll = !args.get(0).equals("any");
                case "if" -> conditions.add(condition(args));
                case "do" -> actions.add(action(args));
                default -> throw new IllegalStateException("unknown workflow definition line: " + words.get(0));
            }
        }
        return new WorkflowDefinition(triggers, matchAll, conditions, actions);
    }

    private static String[] condition(WorkflowCondition condition) {
        if (condition instanceof WorkflowCondition.StatusIn in) {
            List<String> words = new ArrayList<>(List.of("status"));
            in.statuses().stream().map(ConversationStatus::token).sorted().forEach(words::add);
            return words.toArray(String[]::new);
        } else if (condition instanceof WorkflowCondition.HasTag has) {
            return new String[] {"hasTag", has.tag()};
        } else if (condition instanceof WorkflowCondition.LacksTag lacks) {
            return new String[] {"lacksTag", lacks.tag()};
        } else if (condition instanceof WorkflowCondition.SubjectContains subject) {
            return new String[] {"subjectContains", subject.text()};
        } else if (condition instanceof WorkflowCondition.AssignedTo assigned) {
            return new String[] {"assignedTo", id(assigned.userId())};
        } else if (condition instanceof WorkflowCondition.TypeIs type) {
            return new String[] {"type", type.type().token()};
        }
        throw new IllegalStateException("unknown condition " + condition);
    }

    private static WorkflowCondition condition(List<String> words) {
        List<String> args = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "status" -> new WorkflowCondition.StatusIn(new TreeSet<>(args).stream()
                    .map(ConversationStatus::fromStored).collect(java.util.stream.Collectors.toSet()));
            case "hasTag" -> new WorkflowCondition.HasTag(args.get(0));
            case "lacksTag" -> new WorkflowCondition.LacksTag(args.get(0));
            case "subjectContains" -> new WorkflowCondition.SubjectContains(args.get(0));
            case "assignedTo" -> new WorkflowCondition.AssignedTo(id(args.get(0)));
            case "type" -> new WorkflowCondition.TypeIs(ConversationType.parse(args.get(0)).orElseThrow());
            default -> throw new IllegalStateException("unknown workflow condition: " + words.get(0));
        };
    }

    private static String[] action(WorkflowAction action) {
        if (action instanceof WorkflowAction.SetStatus status) {
            return new String[] {"status", status.status().token()};
        } else if (action instanceof WorkflowAction.Assign assign) {
            return new String[] {"assign", id(assign.userId())};
        } else if (action instanceof WorkflowAction.AddTags add) {
            return prefixed("addTags", add.tags());
        } else if (action instanceof WorkflowAction.RemoveTags remove) {
            return prefixed("removeTags", remove.tags());
        } else if (action instanceof WorkflowAction.Move move) {
            return new String[] {"move", Long.toString(move.mailboxId())};
        } else if (action instanceof WorkflowAction.AddNote note) {
            return new String[] {"note", note.text()};
        } else if (action instanceof WorkflowAction.SetField field) {
            return new String[] {"field", Long.toString(field.fieldId()), field.value()};
        } else if (action instanceof WorkflowAction.ApplySavedReply reply) {
            return new String[] {"savedReply", Long.toString(reply.savedReplyId())};
        }
        throw new IllegalStateException("unknown action " + action);
    }

    private static WorkflowAction action(List<String> words) {
        List<String> args = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "status" -> new WorkflowAction.SetStatus(ConversationStatus.fromStored(args.get(0)));
            case "assign" -> new WorkflowAction.Assign(id(args.get(0)));
            case "addTags" -> new WorkflowAction.AddTags(args);
            case "removeTags" -> new WorkflowAction.RemoveTags(args);
            case "move" -> new WorkflowAction.Move(Long.parseLong(args.get(0)));
            case "note" -> new WorkflowAction.AddNote(args.get(0));
            case "field" -> new WorkflowAction.SetField(Long.parseLong(args.get(0)), args.get(1));
            case "savedReply" -> new WorkflowAction.ApplySavedReply(Long.parseLong(args.get(0)));
            default -> throw new IllegalStateException("unknown workflow action: " + words.get(0));
        };
    }

    private static String[] prefixed(String first, List<String> rest) {
        List<String> words = new ArrayList<>();
        words.add(first);
        words.addAll(rest);
        return words.toArray(String[]::new);
    }

    private static String id(Long id) {
        return id == null ? NONE : Long.toString(id);
    }

    private static Long id(String word) {
        return word.equals(NONE) ? null : Long.parseLong(word);
    }

    private static String line(String head, String... words) {
        StringBuilder line = new StringBuilder(head);
        for (String word : words) {
            line.append(' ').append(URLEncoder.encode(word, StandardCharsets.UTF_8));
        }
        return line.toString();
    }
}
