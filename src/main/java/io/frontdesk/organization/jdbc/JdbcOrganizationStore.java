package io.frontdesk.organization.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.organization.Organization;
import io.frontdesk.organization.OrganizationCounts;
import io.frontdesk.organization.OrganizationInput;
import io.frontdesk.organization.OrganizationProperty;
import io.frontdesk.organization.OrganizationPropertyValue;
import io.frontdesk.organization.OrganizationSort;
import io.frontdesk.organization.OrganizationStore;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link OrganizationStore} on SQLite and PostgreSQL alike; domains, phones and options are JSON arrays. */
public final class JdbcOrganizationStore implements OrganizationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Conversations that count: not deleted (the states the conversation lists show). */
    private static final String MEMBER_CONVERSATIONS = "FROM conversations v JOIN customers c ON c.id = v.customer_id"
            + " WHERE c.organization_id = o.id AND c.deleted_at IS NULL AND v.state IN ('draft', 'published')";
    private static final String CUSTOMER_COUNT =
            "(SELECT COUNT(*) FROM customers c WHERE c.organization_id = o.id AND c.deleted_at IS NULL)";
    private static final String CONVERSATION_COUNT = "(SELECT COUNT(*) " + MEMBER_CONVERSATIONS + ")";
    // COALESCE: the two databases put NULLs at opposite ends; an organization without conversations is the oldest
    private static final String LAST_INTERACTION = "COALESCE((SELECT MAX(v.updated_at) " + MEMBER_CONVERSATIONS
            + "), 0)";

    private static final RowMapper<Organization> ORGANIZATION = (rs, ctx) -> new Organization(rs.getLong("id"),
            rs.getLong("account_id"), rs.getString("name"), rs.getString("website"), rs.getString("description"),
            rs.getString("location"), rs.getString("logo_url"), rs.getString("note"), read(rs.getString("domains")),
            read(rs.getString("phones")), rs.getString("brand_color"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));
    private static final RowMapper<OrganizationProperty> PROPERTY = (rs, ctx) -> new OrganizationProperty(
            rs.getLong("id"), rs.getLong("account_id"), rs.getString("slug"), rs.getString("name"),
            PropertyType.parse(rs.getString("type")), read(rs.getString("options")));

    private final Database db;

    public JdbcOrganizationStore(Database db) {
        this.db = db;
    }

    @Override
    public long insert(long accountId, OrganizationInput input, Instant now) {
        return db.withHandle(h -> fields(h.createQuery("""
                        INSERT INTO organizations (account_id, name, website, description, location, note, domains,
                                                   phones, brand_color, created_at, updated_at)
                        VALUES (:account, :name, :website, :description, :location, :note, :domains, :phones,
                                :brandColor, :now, :now) RETURNING id"""), input)
                .bind("account", accountId).bind("now", now.toEpochMilli()).mapTo(Long.class).one());
    }

    @Override
    public Optional<Organization> find(long accountId, long organizationId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM organizations WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", organizationId).map(ORGANIZATION).findOne());
    }

    @Override
    public boolean replace(long accountId, long organizationId, OrganizationInput input, Instant now) {
        return db.withHandle(h -> fields(h.createUpdate("""
                        UPDATE organizations SET name = :name, website = :website, description = :description,
                               location = :location, note = :note, domains = :domains, phones = :phones,
                               brand_color = :brandColor, updated_at = :now
                        WHERE account_id = :account AND id = :id"""), input)
                .bind("account", accountId).bind("id", organizationId).bind("now", now.toEpochMilli())
                .execute()) > 0;
    }

    private static <S extends SqlStatement<S>> S fields(S statement, OrganizationInput input) {
        return statement.bind("name", input.name().trim()).bind("website", input.website())
                .bind("description", input.description()).bind("location", input.location())
                .bind("note", input.note()).bind("domains", write(input.domains()))
                .bind("phones", write(input.phones())).bind("brandColor", input.brandColor());
    }

    @Override
    public boolean delete(long accountId, long organizationId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM organizations WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", organizationId).execute()) > 0;
    }

    @Override
    public Page<Organization> list(long accountId, OrganizationSort sort, SortOrder order, PageRequest page) {
        String direction = order == SortOrder.ASC ? "ASC" : "DESC";
        String key = switch (sort) {
            case NAME -> "lower(o.name)";
            case CUSTOMER_COUNT -> CUSTOMER_COUNT;
            case CONVERSATION_COUNT -> CONVERSATION_COUNT;
            case LAST_INTERACTION_AT -> LAST_INTERACTION;
        };
        return db.withSnapshotHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM organizations WHERE account_id = :account")
                    .bind("account", accountId).mapTo(Long.class).one();
            List<Organization> items = h.createQuery("SELECT o.* FROM organizations o WHERE o.account_id = :account"
                            + " ORDER BY " + key + " " + direction + ", o.id " + direction
                            + " LIMIT :limit OFFSET :offset")
                    .bind("account", accountId).bind("limit", page.size()).bind("offset", page.offset())
                    .map(ORGANIZATION).list();
            return new Page<>(items, total, page);
        });
    }

    @Override
    public OrganizationCounts counts(long organizationId) {
        return db.withHandle(h -> h.createQuery("SELECT " + CUSTOMER_COUNT + " AS customers, " + CONVERSATION_COUNT
                        + " AS conversations FROM organizations o WHERE o.id = :id")
                .bind("id", organizationId)
                .map((rs, ctx) -> new OrganizationCounts(rs.getLong("customers"), rs.getLong("conversations")))
                .one());
    }

    @Override
    public List<OrganizationProperty> properties(long accountId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM organization_property_defs WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(PROPERTY).list());
    }

    @Override
    public Optional<OrganizationProperty> property(long accountId, String slug) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM organization_property_defs WHERE account_id = :account AND slug = :slug")
                .bind("account", accountId).bind("slug", slug).map(PROPERTY).findOne());
    }

    @Override
    public OrganizationProperty insertProperty(long accountId, String slug, String name, PropertyType type,
                                               List<String> options, Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO organization_property_defs (account_id, slug, name, type, options, created_at)
                        VALUES (:account, :slug, :name, :type, :options, :now) RETURNING id""")
                .bind("account", accountId).bind("slug", slug).bind("name", name).bind("type", type.wireName())
                .bind("options", write(options)).bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        return new OrganizationProperty(id, accountId, slug, name, type, options);
    }

    @Override
    public void updateProperty(long propertyId, String name, List<String> options) {
        db.withHandle(h -> h.createUpdate(
                        "UPDATE organization_property_defs SET name = :name, options = :options WHERE id = :id")
                .bind("name", name).bind("options", write(options)).bind("id", propertyId).execute());
    }

    @Override
    public void deleteProperty(long propertyId) {
        db.withHandle(h -> h.createUpdate("DELETE FROM organization_property_defs WHERE id = :id")
                .bind("id", propertyId).execute());
    }

    @Override
    public List<OrganizationPropertyValue> values(long accountId, long organizationId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT d.*, pv.value AS property_value FROM organization_property_values pv
                        JOIN organization_property_defs d ON d.id = pv.def_id
                        WHERE pv.organization_id = :organization AND d.account_id = :account ORDER BY d.id""")
                .bind("organization", organizationId).bind("account", accountId)
                .map((rs, ctx) -> new OrganizationPropertyValue(PROPERTY.map(rs, ctx), rs.getString("property_value")))
                .list());
    }

    @Override
    public void setValue(long organizationId, long propertyId, String value) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO organization_property_values (organization_id, def_id, value)
                        VALUES (:organization, :def, :value)
                        ON CONFLICT (organization_id, def_id) DO UPDATE SET value = excluded.value""")
                .bind("organization", organizationId).bind("def", propertyId).bind("value", value).execute());
    }

    @Override
    public void clearValue(long organizationId, long propertyId) {
        db.withHandle(h -> h.createUpdate(
                        "DELETE FROM organization_property_values WHERE organization_id = :organization AND def_id = :def")
                .bind("organization", organizationId).bind("def", propertyId).execute());
    }

    @Override
    public void clearValuesOutside(long propertyId, List<String> options) {
        db.withHandle(h -> {
            if (options.isEmpty()) {
                return h.createUpdate("DELETE FROM organization_property_values WHERE def_id = :def")
                        .bind("def", propertyId).execute();
            }
            return h.createUpdate("DELETE FROM organization_property_values WHERE def_id = :def"
                            + " AND value NOT IN (<options>)")
                    .bind("def", propertyId).bindList("options", options).execute();
        });
    }

    private static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt list column", e);
        }
    }
}
