package io.frontdesk.conversation.jdbc;

import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationCriterion.Operator;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.db.DbVendor;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles a {@link ConversationCriterion} to a SQL condition over `conversations v` of one account. Every value is a
 * bound parameter; only names chosen here appear in the text.
 *
 * <p>Each test is written so an index can answer it: B-trees for ids, numbers, times, statuses, tags and field
 * values; subject and body containment through the trigram index of each database (the FTS5 `conversation_fts`
 * table on SQLite, pg_trgm GIN indexes on `lower(subject)` and `lower(body)` on PostgreSQL). Related tables are
 * reached through uncorrelated `IN (…)` sub-selects, which both planners run once.
 */
final class ConversationSql {

    private final Map<String, Object> params = new LinkedHashMap<>();
    private final DbVendor vendor;
    private final String account;

    ConversationSql(DbVendor vendor, long accountId) {
        this.vendor = vendor;
        this.account = bind(accountId);
    }

    String account() {
        return account;
    }

    Map<String, Object> params() {
        return params;
    }

    String compile(ConversationCriterion criterion) {
        if (criterion instanceof ConversationCriterion.All) {
            return "1 = 1";
        }
        if (criterion instanceof ConversationCriterion.None) {
            return "1 = 0";
        }
        if (criterion instanceof ConversationCriterion.And and) {
            return join(and.clauses(), " AND ");
        }
        if (criterion instanceof ConversationCriterion.Or or) {
            return join(or.clauses(), " OR ");
        }
        if (criterion instanceof ConversationCriterion.Not not) {
            return "NOT (" + compile(not.clause()) + ")";
        }
        if (criterion instanceof ConversationCriterion.Compare compare) {
            Object value = compare.value() instanceof Instant instant ? instant.toEpochMilli() : compare.value();
            return column(compare.attribute()) + " " + operator(compare.operator()) + " " + bind(value);
        }
        if (criterion instanceof ConversationCriterion.Contains contains) {
            return contains(contains);
        }
        if (criterion instanceof ConversationCriterion.StatusIn in) {
            return "v.status IN (" + list(in.statuses().stream().map(ConversationStatus::token).sorted().toList())
                    + ")";
        }
        if (criterion instanceof ConversationCriterion.StateIn in) {
            return "v.state IN (" + list(in.states().stream().map(ConversationState::token).sorted().toList()) + ")";
        }
        return related(criterion);
    }

    /** Criteria answered by a sub-select on another table. */
    private String related(ConversationCriterion criterion) {
        if (criterion instanceof ConversationCriterion.MailboxNamed named) {
            return "v.mailbox_id IN (SELECT m.id FROM mailboxes m WHERE m.account_id = " + account
                    + " AND m.name = " + bind(named.name()) + ")";
        }
        if (criterion instanceof ConversationCriterion.HasTag tag) {
            return "v.id IN (SELECT ct.conversation_id FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
                    + " WHERE t.account_id = " + account + " AND lower(t.name) = " + bind(lower(tag.name())) + ")";
        }
        if (criterion instanceof ConversationCriterion.Assignee assignee) {
            return assignee.userId() == null ? "v.assignee_id IS NULL" : "v.assignee_id = " + bind(assignee.userId());
        }
        if (criterion instanceof ConversationCriterion.AssigneeNamed named) {
            String name = bind(lower(named.name()));
            return "v.assignee_id IN (SELECT u.id FROM users u WHERE u.account_id = " + account + " AND ("
                    + "lower(u.first_name) = " + name + " OR lower(u.last_name) = " + name
                    + " OR lower(u.first_name || ' ' || u.last_name) = " + name + " OR u.email_lower = " + name + "))";
        }
        if (criterion instanceof ConversationCriterion.CustomerInOrganization organization) {
            return "v.customer_id IN (SELECT o.id FROM customers o WHERE o.organization_id = "
                    + bind(organization.organizationId()) + ")";
        }
        if (criterion instanceof ConversationCriterion.CustomerEmail email) {
            String test = email.exact() ? "e.value_lower = " + bind(lower(email.email()))
                    : like("e.value_lower", "%" + escapeLike(lower(email.email())) + "%");
            return "v.customer_id IN (SELECT e.customer_id FROM customer_entries e WHERE e.account_id = " + account
                    + " AND e.kind = 'email' AND " + test + ")";
        }
        if (criterion instanceof ConversationCriterion.CustomerName name) {
            String expression = switch (name.part()) {
                case FIRST -> "lower(c.first_name)";
                case LAST -> "lower(c.last_name)";
                case FULL -> "lower(TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')))";
            };
            return "v.customer_id IN (SELECT c.id FROM customers c WHERE c.account_id = " + account + " AND "
                    + like(expression, "%" + escapeLike(lower(name.text())) + "%") + ")";
        }
        if (criterion instanceof ConversationCriterion.HasAttachment) {
            return "v.id IN (SELECT a.conversation_id FROM attachments a WHERE a.account_id = " + account + ")";
        }
        if (criterion instanceof ConversationCriterion.CustomField field) {
            return "v.id IN (SELECT f.conversation_id FROM conversation_field_values f WHERE f.field_id = "
                    + bind(field.fieldId()) + " AND " + fieldTest(field) + ")";
        }
        if (criterion instanceof ConversationCriterion.FieldSet set) {
            return "v.id IN (SELECT f.conversation_id FROM conversation_field_values f WHERE f.field_id = "
                    + bind(set.fieldId()) + ")";
        }
        throw new IllegalArgumentException("unknown criterion " + criterion);
    }

    private String contains(ConversationCriterion.Contains contains) {
        String text = lower(contains.text());
        boolean subject = contains.field() == ConversationCriterion.TextField.SUBJECT;
        String pattern = "%" + escapeLike(text) + "%";
        if (vendor == DbVendor.SQLITE) {
            // FTS5's LIKE has no ESCAPE: the index finds candidates, and an exact test confirms them when the text
            // itself holds a LIKE wildcard.
            String candidates = "v.id IN (SELECT rowid FROM conversation_fts WHERE " + (subject ? "subject" : "body")
                    + " LIKE " + bind("%" + text + "%") + ")";
            if (!hasLikeSpecials(text)) {
                return candidates;
            }
            String exact = subject ? like("lower(v.subject)", pattern)
                    : "EXISTS (SELECT 1 FROM threads t WHERE t.conversation_id = v.id AND "
                    + like("lower(t.body)", pattern) + ")";
            return "(" + candidates + " AND " + exact + ")";
        }
        return subject ? like("lower(v.subject)", pattern)
                : "v.id IN (SELECT t.conversation_id FROM threads t WHERE t.account_id = " + account + " AND "
                + like("lower(t.body)", pattern) + ")";
    }

    private String fieldTest(ConversationCriterion.CustomField field) {
        if (field.value() instanceof Double number) {
            return "f.value_number " + operator(field.operator()) + " " + bind(number);
        }
        String text = lower(String.valueOf(field.value()));
        if (field.operator() == Operator.CONTAINS) {
            return like("f.value_lower", "%" + escapeLike(text) + "%");
        }
        if (field.operator() == Operator.EQ) {
            // the index holds the value's first 200 characters (a whole multi-line value is too long for a B-tree)
            String value = bind(text);
            return "substr(f.value_lower, 1, 200) = substr(" + value + ", 1, 200) AND f.value_lower = " + value;
        }
        return "f.value_lower " + operator(field.operator()) + " " + bind(text);
    }

    private String join(List<ConversationCriterion> clauses, String operator) {
        return clauses.stream().map(this::compile).map(sql -> "(" + sql + ")")
                .collect(Collectors.joining(operator, "(", ")"));
    }

    private String list(Collection<String> values) {
        return values.stream().map(this::bind).collect(Collectors.joining(", "));
    }

    private static String operator(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case CONTAINS -> throw new IllegalArgumentException("CONTAINS is not a comparison");
        };
    }

    static String column(ConversationCriterion.Attribute attribute) {
        return switch (attribute) {
            case ID -> "v.id";
            case NUMBER -> "v.number";
            case MAILBOX_ID -> "v.mailbox_id";
            case CUSTOMER_ID -> "v.customer_id";
            case CREATED_AT -> "v.created_at";
            case UPDATED_AT -> "v.updated_at";
            case CLOSED_AT -> "v.closed_at";
        };
    }

    private String like(String expression, String pattern) {
        return expression + " LIKE " + bind(pattern) + " ESCAPE '!'";
    }

    String bind(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean hasLikeSpecials(String text) {
        return text.indexOf('%') >= 0 || text.indexOf('_') >= 0;
    }

    /** Escapes LIKE's wildcards with '!' (a backslash would be read as an escape by Jdbi's statement parser). */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
