package io.frontdesk.customer.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontdesk.core.Page;
import io.frontdesk.customer.Address;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerContact;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.CustomerQuery;
import io.frontdesk.customer.CustomerStore;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.customer.PropertyDefinition;
import io.frontdesk.customer.PropertyOption;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.customer.PropertyValue;
import io.frontdesk.customer.ValueTaken;
import io.frontdesk.db.Constraints;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseFailures;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.jdbc.JdbcTagStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** {@link CustomerStore} on SQLite and PostgreSQL alike. Lists load a page's entries in one query per table. */
public final class JdbcCustomerStore implements CustomerStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final RowMapper<Entry> ENTRY = (rs, ctx) -> new Entry(rs.getLong("id"),
            EntryKind.fromStored(rs.getString("kind")), rs.getString("value"), rs.getString("type"));

    private final Database db;

    public JdbcCustomerStore(Database db) {
        this.db = db;
    }

    @Override
    public Customer insert(long accountId, Map<CustomerField, Object> fields, Instant now) {
        List<String> columns = new ArrayList<>(List.of("account_id", "created_at", "updated_at"));
        List<Object> params = new ArrayList<>(List.of(accountId, now.toEpochMilli(), now.toEpochMilli()));
        fields.forEach((field, value) -> {
            columns.add(field.column());
            params.add(storable(field, value));
        });
        String sql = "INSERT INTO customers (" + String.join(", ", columns) + ") VALUES ("
                + Statements.placeholders(params.size()) + ") RETURNING *";
        return translated(() -> db.withStatements(s -> s.first(sql, params, Row.MAPPER)))
                .orElseThrow().toCustomer(List.of(), null, List.of(), List.of());
    }

    @Override
    public void updateFields(long accountId, long customerId, Map<CustomerField, Object> fields, Instant now) {
        StringJoiner sets = new StringJoiner(", ");
        sets.add("updated_at = :now");
        for (CustomerField field : fields.keySet()) {
            sets.add(field.column() + " = :" + field.column());
        }
        String sql = "UPDATE customers SET " + sets + " WHERE account_id = :account AND id = :id";
        translated(() -> db.withHandle(h -> {
            Update update = h.createUpdate(sql).bind("now", now.toEpochMilli()).bind("account", accountId)
                    .bind("id", customerId);
            fields.forEach((field, value) -> bindField(update, field, value));
            return update.execute();
        }));
    }

    @Override
    public boolean lock(long accountId, long customerId) {
        String sql = "SELECT id FROM customers WHERE account_id = :account AND id = :id AND deleted_at IS NULL"
                + (db.vendor() == DbVendor.POSTGRESQL ? " FOR UPDATE" : "");
        return db.withHandle(h -> h.createQuery(sql).bind("account", accountId).bind("id", customerId)
                .mapTo(Long.class).findOne().isPresent());
    }

    @Override
    public boolean organizationExists(long accountId, long organizationId) {
        String sql = "SELECT id FROM organizations WHERE account_id = :account AND id = :id"
                + (db.vendor() == DbVendor.POSTGRESQL ? " FOR KEY SHARE" : "");
        return db.withHandle(h -> h.createQuery(sql).bind("account", accountId).bind("id", organizationId)
                .mapTo(Long.class).findOne().isPresent());
    }

    @Override
    public List<OwnedConversation> ownedConversations(long accountId, long customerId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, mailbox_id, type FROM conversations
                        WHERE account_id = :account AND customer_id = :customer AND state <> 'deleted'
                        ORDER BY id""")
                .bind("account", accountId).bind("customer", customerId)
                .map((rs, ctx) -> new OwnedConversation(rs.getLong("id"), rs.getLong("mailbox_id"),
                        rs.getString("type")))
                .list());
    }

    @Override
    public Optional<Customer> find(long accountId, long customerId) {
        List<Customer> found = findAll(accountId, List.of(customerId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Customer> findAll(long accountId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = Statements.placeholders(ids.size());
        return db.withSnapshot(c -> {
            // the address is one row per customer at most (unique index), so it comes with the customer's row
            Map<Long, Row> rows = new HashMap<>();
            Map<Long, Address> addresses = new HashMap<>();
            List<Object> accountAndIds = new ArrayList<>(ids.size() + 1);
            accountAndIds.add(accountId);
            accountAndIds.addAll(ids);
            c.forEach(CUSTOMERS_WITH_ADDRESS.replace("<ids>", in), accountAndIds,
                    (rs, ctx) -> Map.entry(Row.MAPPER.map(rs, ctx), Optional.ofNullable(JOINED_ADDRESS.map(rs, ctx))),
                    e -> {
                        rows.put(e.getKey().id(), e.getKey());
                        e.getValue().ifPresent(address -> addresses.put(e.getKey().id(), address));
                    });
            Map<Long, List<Entry>> entries = grouped(c, ENTRIES.replace("<ids>", in), ids,
                    (rs, ctx) -> Map.entry(rs.getLong("customer_id"), ENTRY.map(rs, ctx)));
            Map<Long, List<PropertyValue>> properties = grouped(c, PROPERTIES.replace("<ids>", in), ids,
                    (rs, ctx) -> Map.entry(rs.getLong("customer_id"), new PropertyValue(DEFINITION.map(rs, ctx),
                            rs.getString("value"), PropertyValue.ValueKind.valueOf(rs.getString("value_kind")))));
            Map<Long, List<Tag>> tags = grouped(c, TAGS.replace("<ids>", in), ids,
                    (rs, ctx) -> Map.entry(rs.getLong("owner_id"), JdbcTagStore.TAG.map(rs, ctx)));
            List<Customer> customers = new ArrayList<>();
            for (Long id : ids) {
                Row row = rows.get(id);
                if (row != null) {
                    customers.add(row.toCustomer(entries.getOrDefault(id, List.of()), addresses.get(id),
                            properties.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
                }
            }
            return customers;
        });
    }

    /** The rows of {@code sql}, grouped by the customer id each maps to, in the statement's order. */
    private static <T> Map<Long, List<T>> grouped(Statements c, String sql, List<Long> ids,
                                                  RowMapper<Map.Entry<Long, T>> mapper) {
        Map<Long, List<T>> grouped = new HashMap<>();
        c.forEach(sql, ids, mapper,
                e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }

    @Override
    public Optional<Long> findIdByEmail(long accountId, String email) {
        return db.withStatements(s -> s.first("""
                        SELECT customer_id FROM customer_entries
                        WHERE account_id = ? AND kind = 'email' AND value_lower = ?""",
                List.of(accountId, email.trim().toLowerCase(Locale.ROOT)), (rs, ctx) -> rs.getLong(1)));
    }

    @Override
    public Optional<CustomerContact> contact(long accountId, long customerId) {
        return db.withStatements(s -> s.first("""
                        SELECT c.id, (SELECT e.value FROM customer_entries e WHERE e.customer_id = c.id
                                      AND e.kind = 'email' ORDER BY e.id LIMIT 1) AS email
                        FROM customers c WHERE c.account_id = ? AND c.id = ? AND c.deleted_at IS NULL""",
                List.of(accountId, customerId),
                (rs, ctx) -> new CustomerContact(rs.getLong("id"), rs.getString("email"))));
    }

    @Override
    public Optional<Long> findIdByExternalId(long accountId, String externalId) {
        return db.withStatements(s -> s.first("SELECT id FROM customers WHERE account_id = ? AND external_id = ?"
                + " AND deleted_at IS NULL", List.of(accountId, externalId), (rs, ctx) -> rs.getLong(1)));
    }

    @Override
    public Page<Customer> search(long accountId, CustomerQuery query) {
        CustomerSql sql = new CustomerSql(db.vendor(), accountId);
        // Customers marked deleted wait for their background delete; the trigger-kept count already left them out.
        String where = "c.account_id = " + sql.account() + " AND c.deleted_at IS NULL AND ("
                + sql.compile(query.criterion()) + ")";
        String order = CustomerOrder.orderBy(query, sql);
        return DatabaseFailures.search(() -> db.withSnapshotHandle(h -> {
            Query page = h.createQuery("SELECT c.id FROM customers c WHERE " + where + " ORDER BY " + order
                    + " LIMIT :limit OFFSET :offset");
            sql.params().forEach(page::bind);
            List<Long> ids = page.bind("limit", query.page().size()).bind("offset", query.firstRow())
                    .mapTo(Long.class).list();
            long total = Page.totalFromPage(query.firstRow(), query.page().size(), ids.size())
                    .orElseGet(() -> total(h, accountId, query, where, sql));
            return new Page<>(findAll(accountId, ids), total, query.page());
        }));
    }

    /** An unfiltered list reads the trigger-kept count; anything else counts its matches. */
    private static long total(Handle h, long accountId, CustomerQuery query, String where, CustomerSql sql) {
        if (query.criterion() instanceof CustomerCriterion.All) {
            return h.createQuery("SELECT COALESCE(SUM(total), 0) FROM customer_counts WHERE account_id = :account")
                    .bind("account", accountId).mapTo(Long.class).one();
        }
        Query count = h.createQuery("SELECT COUNT(*) FROM customers c WHERE " + where);
        sql.params().forEach(count::bind);
        return count.mapTo(Long.class).one();
    }

    @Override
    public boolean delete(long accountId, long customerId) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM customers WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
                .bind("account", accountId).bind("id", customerId).execute()) > 0;
    }

    @Override
    public boolean markDeleted(long accountId, long customerId, Instant now) {
        return db.withHandle(h -> {
            boolean marked = h.createUpdate("""
                            UPDATE customers SET deleted_at = :now, external_id = NULL
                            WHERE account_id = :account AND id = :id AND deleted_at IS NULL""")
                    .bind("now", now.toEpochMilli()).bind("account", accountId).bind("id", customerId)
                    .execute() > 0;
            if (marked) {
                // Entries hold the unique emails: gone now, a new customer may take the address before the purge.
                h.createUpdate("DELETE FROM customer_entries WHERE customer_id = :id").bind("id", customerId)
                        .execute();
            }
            return marked;
        });
    }

    @Override
    public boolean purge(long accountId, long customerId) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM customers WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
                .bind("account", accountId).bind("id", customerId).execute()) > 0;
    }

    @Override
    public List<Entry> entries(long customerId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM customer_entries WHERE customer_id = :id ORDER BY id")
                .bind("id", customerId).map(ENTRY).list());
    }

    @Override
    public long addEntry(long accountId, long customerId, EntryKind kind, String value, String type) {
        return translated(() -> db.withStatements(s -> s.returningLong("""
                        INSERT INTO customer_entries (account_id, customer_id, kind, value, value_lower, value_domain, type)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Statements.params(accountId, customerId,
                kind.stored(), value, value.toLowerCase(Locale.ROOT), domain(kind, value), type))));
    }

    @Override
    public List<Long> addEntries(long accountId, long customerId, List<NewEntry> entries) {
        boolean searchRow = db.vendor() == DbVendor.SQLITE && entries.stream()
                .filter(e -> e.kind() == EntryKind.EMAIL || e.kind() == EntryKind.PHONE).count() > 1;
        return translated(() -> db.withStatements(s -> {
            // Each entry's trigger rebuilds the search row from all the customer's entries and tokenizes it again:
            // quadratic in their number (2,240 emails took 8-23 s under the write lock). Without the row, the
            // triggers' updates find nothing to do, and the row is written once from every entry at the end.
            if (searchRow) {
                s.update("DELETE FROM customer_fts WHERE rowid = ?", List.of(customerId));
            }
            List<Long> ids = new ArrayList<>(entries.size());
            for (NewEntry entry : entries) {
                ids.add(s.returningLong("""
                        INSERT INTO customer_entries (account_id, customer_id, kind, value, value_lower, value_domain, type)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Statements.params(accountId, customerId,
                        entry.kind().stored(), entry.value(), entry.value().toLowerCase(Locale.ROOT),
                        domain(entry.kind(), entry.value()), entry.type())));
            }
            if (searchRow) {
                s.update(SEARCH_ROW, List.of(customerId));
            }
            return ids;
        }));
    }

    /** The customer's search row as migration V7 and the insert trigger write it. */
    private static final String SEARCH_ROW = """
            INSERT INTO customer_fts (rowid, first_name, last_name, full_name, emails, phones, organization, job_title,
                                      location)
            SELECT c.id, c.first_name, c.last_name,
                   TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')),
                   (SELECT group_concat(e.value, char(10)) FROM customer_entries e
                    WHERE e.customer_id = c.id AND e.kind = 'email'),
                   (SELECT group_concat(e.value, char(10)) FROM customer_entries e
                    WHERE e.customer_id = c.id AND e.kind = 'phone'),
                   c.organization, c.job_title, c.location
            FROM customers c WHERE c.id = ?""";

    @Override
    public boolean updateEntry(long customerId, long entryId, EntryKind kind, String value, String type) {
        return translated(() -> db.withHandle(h -> h.createUpdate("""
                        UPDATE customer_entries SET value = :value, value_lower = :lower, value_domain = :domain,
                            type = :type
                        WHERE customer_id = :customer AND id = :id AND kind = :kind""")
                .bind("value", value).bind("lower", value.toLowerCase(Locale.ROOT)).bind("domain", domain(kind, value))
                .bind("type", type)
                .bind("customer", customerId).bind("id", entryId).bind("kind", kind.stored()).execute())) > 0;
    }

    @Override
    public boolean removeEntry(long customerId, long entryId, EntryKind kind) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM customer_entries WHERE customer_id = :customer AND id = :id AND kind = :kind")
                .bind("customer", customerId).bind("id", entryId).bind("kind", kind.stored()).execute()) > 0;
    }

    @Override
    public Optional<Address> address(long customerId) {
        return db.withHandle(h -> Optional.ofNullable(addresses(h, List.of(customerId)).get(customerId)));
    }

    @Override
    public void saveAddress(long customerId, Address address, Instant now) {
        db.withHandle(h -> {
            Map<String, Object> values = new HashMap<>();
            values.put("customer", customerId);
            values.put("lines", write(address.lines()));
            values.put("city", address.city());
            values.put("state", address.state());
            values.put("postal", address.postalCode());
            values.put("country", address.country());
            values.put("now", now.toEpochMilli());
            int updated = h.createUpdate("""
                            UPDATE customer_addresses SET lines = :lines, city = :city, state = :state,
                                postal_code = :postal, country = :country, updated_at = :now
                            WHERE customer_id = :customer""").bindMap(values).execute();
            if (updated == 0) {
                h.createUpdate("""
                        INSERT INTO customer_addresses (customer_id, lines, city, state, postal_code, country,
                                                        created_at, updated_at)
                        VALUES (:customer, :lines, :city, :state, :postal, :country, :now, :now)""")
                        .bindMap(values).execute();
            }
            return null;
        });
    }

    @Override
    public boolean deleteAddress(long customerId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM customer_addresses WHERE customer_id = :customer")
                .bind("customer", customerId).execute()) > 0;
    }

    @Override
    public PropertyDefinition createDefinition(long accountId, String slug, String name, PropertyType type,
                                               List<PropertyOption> options, Instant now) {
        long id = translated(() -> db.withHandle(h -> h.createQuery("""
                        INSERT INTO customer_property_defs (account_id, slug, name, type, options, created_at)
                        VALUES (:account, :slug, :name, :type, :options, :now) RETURNING id""")
                .bind("account", accountId).bind("slug", slug).bind("name", name).bind("type", type.wireName())
                .bind("options", write(options)).bind("now", now.toEpochMilli()).mapTo(Long.class).one()));
        return new PropertyDefinition(id, accountId, slug, name, type, List.copyOf(options),
                Instant.ofEpochMilli(now.toEpochMilli()));
    }

    @Override
    public List<PropertyDefinition> definitions(long accountId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM customer_property_defs WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(DEFINITION).list());
    }

    @Override
    public Optional<PropertyDefinition> definition(long accountId, String slug) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM customer_property_defs WHERE account_id = :account AND slug = :slug")
                .bind("account", accountId).bind("slug", slug).map(DEFINITION).findOne());
    }

    @Override
    public void setProperty(long customerId, long definitionId, String value, PropertyValue.ValueKind kind) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO customer_property_values (customer_id, def_id, value, value_kind)
                        VALUES (:customer, :def, :value, :kind)
                        ON CONFLICT (customer_id, def_id) DO UPDATE SET value = :value, value_kind = :kind""")
                .bind("customer", customerId).bind("def", definitionId).bind("value", value)
                .bind("kind", kind.name()).execute());
    }

    @Override
    public void removeProperty(long customerId, long definitionId) {
        db.withHandle(h -> h.createUpdate(
                        "DELETE FROM customer_property_values WHERE customer_id = :customer AND def_id = :def")
                .bind("customer", customerId).bind("def", definitionId).execute());
    }

    @Override
    public void addTags(long customerId, List<Long> tagIds) {
        db.withHandle(h -> {
            for (Long tagId : tagIds) {
                h.createUpdate("""
                                INSERT INTO customer_tags (customer_id, tag_id) VALUES (:customer, :tag)
                                ON CONFLICT (customer_id, tag_id) DO NOTHING""")
                        .bind("customer", customerId).bind("tag", tagId).execute();
            }
            return null;
        });
    }

    @Override
    public void removeTags(long customerId, List<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createUpdate("DELETE FROM customer_tags WHERE customer_id = :customer AND tag_id IN (<ids>)")
                .bind("customer", customerId).bindList("ids", tagIds).execute());
    }

    @Override
    public void clearTags(long customerId) {
        db.withHandle(h -> h.createUpdate("DELETE FROM customer_tags WHERE customer_id = :customer")
                .bind("customer", customerId).execute());
    }

    /** The host part of an email, kept in its own indexed column so `emailDomain:` is an equality lookup. */
    private static String domain(EntryKind kind, String value) {
        if (kind != EntryKind.EMAIL) {
            return null;
        }
        int at = value.lastIndexOf('@');
        return at < 0 ? null : value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    // The reads of findAll; `<ids>` becomes one `?` per id.
    private static final String CUSTOMERS_WITH_ADDRESS = """
            SELECT c.*, a.id AS address_id, a.lines AS address_lines, a.city AS address_city,
                   a.state AS address_state, a.postal_code AS address_postal_code, a.country AS address_country,
                   a.created_at AS address_created_at, a.updated_at AS address_updated_at
            FROM customers c LEFT JOIN customer_addresses a ON a.customer_id = c.id
            WHERE c.account_id = ? AND c.id IN (<ids>) AND c.deleted_at IS NULL""";
    private static final String ENTRIES = "SELECT * FROM customer_entries WHERE customer_id IN (<ids>) ORDER BY id";
    /** The customers' property values with their definitions, in one read (not every definition of the account). */
    private static final String PROPERTIES = """
            SELECT v.customer_id, v.value, v.value_kind, d.* FROM customer_property_values v
            JOIN customer_property_defs d ON d.id = v.def_id
            WHERE v.customer_id IN (<ids>) ORDER BY v.def_id""";
    private static final String TAGS = """
            SELECT ct.customer_id AS owner_id, t.* FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
            WHERE ct.customer_id IN (<ids>) ORDER BY t.name, t.id""";

    /** The address columns of {@link #CUSTOMERS_WITH_ADDRESS}; null when the customer has none. */
    private static final RowMapper<Address> JOINED_ADDRESS = (rs, ctx) -> {
        long id = rs.getLong("address_id");
        if (rs.wasNull()) {
            return null;
        }
        return new Address(id, readLines(rs.getString("address_lines")), rs.getString("address_city"),
                rs.getString("address_state"), rs.getString("address_postal_code"), rs.getString("address_country"),
                Rows.instant(rs, "address_created_at"), Rows.instant(rs, "address_updated_at"));
    };

    private static Map<Long, Address> addresses(Handle h, List<Long> ids) {
        Map<Long, Address> byCustomer = new HashMap<>();
        h.createQuery("SELECT * FROM customer_addresses WHERE customer_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("customer_id"), new Address(rs.getLong("id"),
                        readLines(rs.getString("lines")), rs.getString("city"), rs.getString("state"),
                        rs.getString("postal_code"), rs.getString("country"), Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "updated_at"))))
                .forEach(e -> byCustomer.put(e.getKey(), e.getValue()));
        return byCustomer;
    }


    private static final RowMapper<PropertyDefinition> DEFINITION = (rs, ctx) -> new PropertyDefinition(
            rs.getLong("id"), rs.getLong("account_id"), rs.getString("slug"), rs.getString("name"),
            PropertyType.parse(rs.getString("type")), readOptions(rs.getString("options")),
            Rows.instant(rs, "created_at"));

    private static void bindField(org.jdbi.v3.core.statement.SqlStatement<?> statement, CustomerField field,
                                  Object value) {
        statement.bind(field.column(), storable(field, value));
    }

    /** The column value of a field: text as is, instants as epoch milliseconds, booleans never null. */
    private static Object storable(CustomerField field, Object value) {
        return switch (field.kind()) {
            case TEXT -> (String) value;
            case INSTANT -> value == null ? null : ((Instant) value).toEpochMilli();
            case BOOLEAN -> value != null && (Boolean) value;
            case ID -> (Long) value;
        };
    }

    /** Turns a unique-index violation (a taken email or userId) into a 409. */
    private static <T> T translated(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (UnableToExecuteStatementException e) {
            // A create lets the index check; an update checks first, and lands here only when another transaction
            // took the value in between. Both databases name the external_id column (PostgreSQL in the index name).
            if (Constraints.isUniqueViolation(e) && mentions(e, "external_id")) {
                throw ValueTaken.externalId();
            }
            if (Constraints.isUniqueViolation(e)) {
                throw ValueTaken.emailOrExternalId();
            }
            throw e;
        }
    }

    /** The driver's own message only: Jdbi's wrapper quotes the statement, which names columns it did not violate. */
    private static boolean mentions(Throwable error, String word) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readLines(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt address lines", e);
        }
    }

    private static List<PropertyOption> readOptions(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<PropertyOption>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt property options", e);
        }
    }

    /** The customers table's own columns. */
    private record Row(long id, long accountId, Map<CustomerField, Object> values, Instant createdAt,
                       Instant updatedAt) {

        static final RowMapper<Row> MAPPER = (rs, ctx) -> {
            Map<CustomerField, Object> values = new HashMap<>();
            for (CustomerField field : CustomerField.values()) {
                Object value = switch (field.kind()) {
                    case TEXT -> rs.getString(field.column());
                    case INSTANT -> Rows.nullableInstant(rs, field.column());
                    case BOOLEAN -> rs.getBoolean(field.column());
                    case ID -> Rows.nullableLong(rs, field.column());
                };
                values.put(field, value);
            }
            return new Row(rs.getLong("id"), rs.getLong("account_id"), values, Rows.instant(rs, "created_at"),
                    Rows.instant(rs, "updated_at"));
        };

        String text(CustomerField field) {
            return (String) values.get(field);
        }

        Instant time(CustomerField field) {
            return (Instant) values.get(field);
        }

        boolean flag(CustomerField field) {
            return Boolean.TRUE.equals(values.get(field));
        }

        Customer toCustomer(List<Entry> entries, Address address, List<PropertyValue> properties, List<Tag> tags) {
            return new Customer(id, accountId, text(CustomerField.FIRST_NAME), text(CustomerField.LAST_NAME),
                    text(CustomerField.PHOTO_URL), text(CustomerField.PHOTO_TYPE), text(CustomerField.GENDER),
                    text(CustomerField.AGE), text(CustomerField.ORGANIZATION), text(CustomerField.JOB_TITLE),
                    text(CustomerField.LOCATION), text(CustomerField.BACKGROUND), text(CustomerField.EXTERNAL_ID),
                    time(CustomerField.FIRST_SEEN), time(CustomerField.LAST_SEEN), flag(CustomerField.UNSUBSCRIBED),
                    flag(CustomerField.BLOCKED), text(CustomerField.SOURCE), text(CustomerField.REFERER),
                    text(CustomerField.LAST_PAGE), text(CustomerField.LOCALE), text(CustomerField.CREATED_FROM),
                    text(CustomerField.INTEGRATION_ID), (Long) values.get(CustomerField.ORGANIZATION_ID), createdAt,
                    updatedAt, List.copyOf(entries), address,
                    List.copyOf(properties), List.copyOf(tags));
        }
    }
}
