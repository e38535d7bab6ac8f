package io.frontdesk.customer.jdbc;

import io.frontdesk.customer.CustomerAttribute;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerCriterion.Operator;
import io.frontdesk.db.DbVendor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles a {@link CustomerCriterion} to a SQL condition over `customers c` of one account. Every value is a bound
 * parameter; only column names chosen by this class appear in the text. Text comparisons ignore case.
 *
 * <p>Each test is written so an index answers it: equality and prefix on B-trees, "containing" through the trigram
 * index of each database (FTS5 `trigram` on SQLite, pg_trgm GIN on PostgreSQL). Multi-valued fields (emails, phones)
 * are uncorrelated `c.id IN (…)` sub-selects, which both planners run once and then probe by primary key.
 */
final class CustomerSql {

    /** Sorts after every other character, so {@code [p, p + MAX)} is exactly "starts with p" in binary order. */
    private static final String MAX_CHAR = "\uDBFF\uDFFF";

    private final Map<String, Object> params = new LinkedHashMap<>();
    private final DbVendor vendor;
    private final String account;

    CustomerSql(DbVendor vendor, long accountId) {
        this.vendor = vendor;
        this.account = bind(accountId);
    }

    /** The bound account parameter, for the caller's own `c.account_id = …`. */
    String account() {
        return account;
    }

    /** The parameters referenced by the compiled text, by name. */
    Map<String, Object> params() {
        return params;
    }

    String compile(CustomerCriterion criterion) {
        if (criterion instanceof CustomerCriterion.All) {
            return "1 = 1";
        }
        if (criterion instanceof CustomerCriterion.None) {
            return "1 = 0";
        }
        if (criterion instanceof CustomerCriterion.And and) {
            return vendor == DbVendor.SQLITE ? sqliteAnd(and.clauses()) : join(and.clauses(), " AND ");
        }
        if (criterion instanceof CustomerCriterion.Or or) {
            return vendor == DbVendor.POSTGRESQL ? postgresOr(or.clauses()) : join(or.clauses(), " OR ");
        }
        if (criterion instanceof CustomerCriterion.Not not) {
            return "NOT (" + compile(not.clause()) + ")";
        }
        if (criterion instanceof CustomerCriterion.Compare compare) {
            return compare(compare);
        }
        if (criterion instanceof CustomerCriterion.IsEmpty empty) {
            return isEmpty(empty.attribute());
        }
        if (criterion instanceof CustomerCriterion.HasTags tags) {
            if (tags.names().isEmpty()) {
                return "1 = 1";
            }
            return tags.names().stream().map(name -> "c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t"
                            + " ON t.id = ct.tag_id WHERE t.account_id = " + account + " AND t.name = " + bind(name)
                            + ")")
                    .collect(Collectors.joining(" AND ", "(", ")"));
        }
        if (criterion instanceof CustomerCriterion.InMailbox mailbox) {
            return "c.id IN (SELECT v.customer_id FROM conversations v WHERE v.mailbox_id = "
                    + bind(mailbox.mailboxId()) + ")";
        }
        if (criterion instanceof CustomerCriterion.InOrganization organization) {
            return "c.organization_id = " + bind(organization.organizationId());
        }
        throw new IllegalArgumentException("unknown criterion " + criterion);
    }

    /**
     * ANDed substring tests become one trigram-table query (`first_name LIKE ? AND last_name LIKE ?`), which FTS5
     * answers by intersecting inside its index; separate sub-selects would each materialize every match first.
     */
    private String sqliteAnd(List<CustomerCriterion> clauses) {
        List<String> ftsTests = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (CustomerCriterion clause : clauses) {
            String fts = ftsTest(clause);
            if (fts != null) {
                ftsTests.add(fts);
            } else {
                others.add("(" + compile(clause) + ")");
            }
        }
        if (ftsTests.size() < 2) {
            return join(clauses, " AND ");
        }
        others.add(0, "(c.id IN (SELECT rowid FROM customer_fts WHERE " + String.join(" AND ", ftsTests) + "))");
        return "(" + String.join(" AND ", others) + ")";
    }

    /** `column LIKE ?` on the trigram table for a plain positive substring test, or null for anything else. */
    private String ftsTest(CustomerCriterion clause) {
        if (!(clause instanceof CustomerCriterion.Compare compare) || compare.operator() != Operator.CONTAINS) {
            return null;
        }
        String column = compare.attribute() == CustomerAttribute.EMAIL ? "emails"
                : compare.attribute() == CustomerAttribute.PHONE ? "phones" : ftsColumn(compare.attribute());
        String text = String.valueOf(compare.value()).toLowerCase(Locale.ROOT);
        if (column == null || hasLikeSpecials(text)) {
            return null;
        }
        return column + " LIKE " + bind("%" + text + "%");
    }

    /**
     * PostgreSQL cannot combine an `IN (sub-select)` with index conditions in one bitmap, so an OR of a name test and
     * an email test would scan every customer. Each branch becomes its own indexed select of ids, united.
     */
    private String postgresOr(List<CustomerCriterion> clauses) {
        return clauses.stream()
                .map(clause -> "SELECT c.id FROM customers c WHERE c.account_id = " + account + " AND ("
                        + compile(clause) + ")")
                .collect(Collectors.joining(" UNION ", "c.id IN (", ")"));
    }

    private String join(List<CustomerCriterion> clauses, String operator) {
        return clauses.stream().map(this::compile).map(sql -> "(" + sql + ")")
                .collect(Collectors.joining(operator, "(", ")"));
    }

    private String compare(CustomerCriterion.Compare compare) {
        CustomerAttribute attribute = compare.attribute();
        Operator op = compare.operator();
        if (entryKind(attribute) != null) {
            String test = entryTest(attribute, positive(op), compare.value());
            return negative(op) ? "NOT (" + test + ")" : test;
        }
        if (attribute.type() == CustomerAttribute.Type.TEXT) {
            String test = textTest(attribute, positive(op), String.valueOf(compare.value()));
            return negative(op) ? "(" + column(attribute) + " IS NULL OR NOT (" + test + "))" : test;
        }
        Object value = compare.value() instanceof Instant instant ? instant.toEpochMilli() : compare.value();
        String column = column(attribute);
        String sqlOp = switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            default -> throw new IllegalArgumentException(op + " does not apply to " + attribute);
        };
        String test = column + " " + sqlOp + " " + bind(value);
        return op == Operator.NE ? "(" + column + " IS NULL OR " + test + ")" : test;
    }

    /** A positive test on one of the customer's own text columns. */
    private String textTest(CustomerAttribute attribute, Operator op, String value) {
        String lowered = "lower(" + column(attribute) + ")";
        String text = value.toLowerCase(Locale.ROOT);
        String ftsColumn = ftsColumn(attribute);
        if (op == Operator.CONTAINS && vendor == DbVendor.SQLITE && ftsColumn != null) {
            String candidates = "c.id IN (SELECT rowid FROM customer_fts WHERE " + ftsColumn + " LIKE "
                    + bind("%" + text + "%") + ")";
            return hasLikeSpecials(text) ? "(" + candidates + " AND " + like(lowered, "%" + escapeLike(text) + "%")
                    + ")" : candidates;
        }
        if (op == Operator.PREFIX && vendor == DbVendor.SQLITE) {
            return "(" + lowered + " >= " + bind(text) + " AND " + lowered + " < " + bind(text + MAX_CHAR) + ")";
        }
        return comparison(lowered, op, text);
    }

    /** A positive test on the customer's emails or phones (or email domains): some entry matches. */
    private String entryTest(CustomerAttribute attribute, Operator op, Object value) {
        String kind = entryKind(attribute);
        String text = String.valueOf(value).toLowerCase(Locale.ROOT);
        String select = "c.id IN (SELECT e.customer_id FROM customer_entries e WHERE e.account_id = " + account
                + " AND e.kind = '" + kind + "' AND ";
        if (attribute == CustomerAttribute.EMAIL_DOMAIN) {
            return select + comparison("e.value_domain", op, text) + ")";
        }
        if (op == Operator.CONTAINS && vendor == DbVendor.SQLITE) {
            String candidates = "c.id IN (SELECT rowid FROM customer_fts WHERE " + kind + "s LIKE "
                    + bind("%" + text + "%") + ")";
            return hasLikeSpecials(text) ? "(" + candidates + " AND EXISTS (SELECT 1 FROM customer_entries e"
                    + " WHERE e.customer_id = c.id AND e.kind = '" + kind + "' AND "
                    + like("e.value_lower", "%" + escapeLike(text) + "%") + "))" : candidates;
        }
        if (op == Operator.PREFIX) {
            // A byte-order range on the lookup index; PostgreSQL compares in C collation so the range means "starts
            // with" whatever the database's collation (its trigram index would read every common trigram instead).
            String column = vendor == DbVendor.POSTGRESQL ? "e.value_lower COLLATE \"C\"" : "e.value_lower";
            return select + column + " >= " + bind(text) + " AND " + column + " < " + bind(text + MAX_CHAR) + ")";
        }
        if (op == Operator.CONTAINS && attribute == CustomerAttribute.EMAIL && vendor == DbVendor.POSTGRESQL) {
            return select + emailContains(text) + ")";
        }
        return select + comparison("e.value_lower", op, text) + ")";
    }

    /**
     * pg_trgm reads the posting list of every trigram of the pattern, and the domain part of an address
     * (`@example.com`) consists of trigrams almost every row has. Searching the index with the local part and the
     * `@` only, then checking the whole text with strpos (which no index serves), keeps the index read small.
     */
    private String emailContains(String text) {
        int at = text.indexOf('@');
        if (at < 3 || at == text.length() - 1) {
            return like("e.value_lower", "%" + escapeLike(text) + "%");
        }
        return like("e.value_lower", "%" + escapeLike(text.substring(0, at + 1)) + "%")
                + " AND strpos(e.value_lower, " + bind(text) + ") > 0";
    }

    /** The portable form of a positive operator on a lower-cased text expression. */
    private String comparison(String lowered, Operator op, String text) {
        return switch (op) {
            case EQ -> lowered + " = " + bind(text);
            case CONTAINS -> like(lowered, "%" + escapeLike(text) + "%");
            case PREFIX -> like(lowered, escapeLike(text) + "%");
            case GT -> lowered + " > " + bind(text);
            case GE -> lowered + " >= " + bind(text);
            case LT -> lowered + " < " + bind(text);
            case LE -> lowered + " <= " + bind(text);
            default -> throw new IllegalArgumentException("not a positive operator: " + op);
        };
    }

    private String like(String expression, String pattern) {
        return expression + " LIKE " + bind(pattern) + " ESCAPE '!'";
    }

    private static Operator positive(Operator op) {
        return switch (op) {
            case NE -> Operator.EQ;
            case NOT_CONTAINS -> Operator.CONTAINS;
            default -> op;
        };
    }

    private static boolean negative(Operator op) {
        return op == Operator.NE || op == Operator.NOT_CONTAINS;
    }

    /** The trigram table's column for an attribute, or null when it has none. */
    private static String ftsColumn(CustomerAttribute attribute) {
        return switch (attribute) {
            case FIRST_NAME -> "first_name";
            case LAST_NAME -> "last_name";
            case FULL_NAME -> "full_name";
            case ORGANIZATION -> "organization";
            case JOB_TITLE -> "job_title";
            case LOCATION -> "location";
            default -> null;
        };
    }

    private static boolean hasLikeSpecials(String text) {
        return text.indexOf('%') >= 0 || text.indexOf('_') >= 0;
    }

    private String isEmpty(CustomerAttribute attribute) {
        String entryKind = entryKind(attribute);
        if (entryKind != null) {
            return "c.id NOT IN (SELECT e.customer_id FROM customer_entries e WHERE e.account_id = " + account
                    + " AND e.kind = '" + entryKind + "')";
        }
        String column = column(attribute);
        return attribute.type() == CustomerAttribute.Type.TEXT ? "(" + column + " IS NULL OR " + column + " = '')"
                : column + " IS NULL";
    }

    private static String entryKind(CustomerAttribute attribute) {
        return switch (attribute) {
            case EMAIL, EMAIL_DOMAIN -> "email";
            case PHONE -> "phone";
            default -> null;
        };
    }

    static String column(CustomerAttribute attribute) {
        return switch (attribute) {
            case ID -> "c.id";
            case FIRST_NAME -> "c.first_name";
            case LAST_NAME -> "c.last_name";
            case FULL_NAME -> "TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, ''))";
            case ORGANIZATION -> "c.organization";
            case JOB_TITLE -> "c.job_title";
            case LOCATION -> "c.location";
            case EXTERNAL_ID -> "c.external_id";
            case CITY -> "(SELECT a.city FROM customer_addresses a WHERE a.customer_id = c.id)";
            case REGION -> "(SELECT a.state FROM customer_addresses a WHERE a.customer_id = c.id)";
            case COUNTRY -> "(SELECT a.country FROM customer_addresses a WHERE a.customer_id = c.id)";
            case CREATED_AT -> "c.created_at";
            case UPDATED_AT -> "c.updated_at";
            case FIRST_SEEN -> "c.first_seen";
            case LAST_SEEN -> "c.last_seen";
            case EMAIL, EMAIL_DOMAIN, PHONE -> throw new IllegalArgumentException(attribute + " is multi-valued");
        };
    }

    String bind(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    /**
     * Escapes LIKE's wildcards with '!': a backslash would be read as a string escape by Jdbi's statement parser,
     * which corrupts every literal after it.
     */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
