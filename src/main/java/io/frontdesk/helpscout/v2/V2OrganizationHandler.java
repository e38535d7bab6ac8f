package io.frontdesk.helpscout.v2;

import io.frontdesk.core.Page;
import io.frontdesk.organization.Organization;
import io.frontdesk.organization.OrganizationProperty;
import io.frontdesk.organization.OrganizationService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/**
 * `/v2/organizations`: organizations, their customers and conversations, property definitions
 * (`/v2/organizations/properties`) and values (`/v2/organizations/{id}/properties/{slug}`).
 */
final class V2OrganizationHandler {

    static final int PAGE_SIZE = 50;
    static final int CONVERSATIONS_PAGE_SIZE = 25;
    static final String PROPERTIES_REL = "organization-properties";

    private final OrganizationService organizations;

    V2OrganizationHandler(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The Location carries both flags, as Help Scout's does. */
    void create(Context ctx) {
        long id = organizations.create(account(ctx), V2OrganizationReader.input(JsonBody.read(ctx)));
        V2Responses.created(ctx, id, V2Urls.organization(Requests.baseUrl(ctx), id)
                + "?includeCounts=false&includeProperties=false");
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        Page<V2Organization> page = organizations.list(account(ctx), V2OrganizationReader.sort(ctx),
                        V2OrganizationReader.order(ctx), V2Paging.request(ctx, PAGE_SIZE))
                .map(organization -> V2Organization.of(organization, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/organizations", "organizations", page));
    }

    /** `includeCounts` defaults to true, `includeProperties` to false (docs/helpscout-v2.md). */
    void get(Context ctx) {
        long accountId = account(ctx);
        boolean counts = V2OrganizationReader.flag(ctx, "includeCounts", true);
        boolean properties = V2OrganizationReader.flag(ctx, "includeProperties", false);
        Organization organization = organizations.get(accountId, Requests.pathId(ctx, "id"));
        V2Responses.hal(ctx, V2Organization.of(organization,
                counts ? organizations.counts(accountId, organization.id()) : null,
                properties ? organizations.values(accountId, organization.id()).stream()
                        .map(V2OrganizationPropertyValue::of).toList() : null,
                Requests.baseUrl(ctx)));
    }

    void replace(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        organizations.replace(account(ctx), id, V2OrganizationReader.input(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    void delete(Context ctx) {
        organizations.delete(account(ctx), Requests.pathId(ctx, "id"));
        V2Responses.noContent(ctx);
    }

    void customers(Context ctx) {
        String base = Requests.baseUrl(ctx);
        long id = Requests.pathId(ctx, "id");
        Page<V2Customer> page = organizations.customers(account(ctx), id, V2Paging.request(ctx, PAGE_SIZE))
                .map(customer -> V2Customer.of(customer, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/organizations/" + id + "/customers", "customers", page));
    }

    void conversations(Context ctx) {
        String base = Requests.baseUrl(ctx);
        long id = Requests.pathId(ctx, "id");
        Instant now = Instant.now();
        Page<V2Conversation> page = organizations.conversations(account(ctx), id,
                        V2Paging.request(ctx, CONVERSATIONS_PAGE_SIZE))
                .map(conversation -> V2Conversation.of(conversation, base, now));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/organizations/" + id + "/conversations", "conversations",
                page));
    }

    void definitions(Context ctx) {
        String base = Requests.baseUrl(ctx);
        List<V2OrganizationProperty> definitions = organizations.properties(account(ctx)).stream()
                .map(property -> V2OrganizationProperty.of(property, base)).toList();
        V2Responses.hal(ctx, V2Collection.of(PROPERTIES_REL, definitions, V2Urls.organizationProperties(base)));
    }

    void definition(Context ctx) {
        OrganizationProperty property = organizations.property(account(ctx), ctx.pathParam("slug"));
        V2Responses.hal(ctx, V2OrganizationProperty.of(property, Requests.baseUrl(ctx)));
    }

    /** 201 with `Location` only: a definition is named by its slug, which is not a number for `Resource-ID`. */
    void define(Context ctx) {
        V2OrganizationReader.Definition body = V2OrganizationReader.definition(JsonBody.read(ctx));
        OrganizationProperty property = organizations.defineProperty(account(ctx), body.slug(), body.name(),
                body.type(), body.options());
        ctx.header("Location", V2Urls.organizationProperty(Requests.baseUrl(ctx), property.slug()));
        Responses.empty(ctx, 201);
    }

    void updateDefinition(Context ctx) {
        V2OrganizationReader.Definition body = V2OrganizationReader.definition(JsonBody.read(ctx));
        organizations.updateProperty(account(ctx), ctx.pathParam("slug"), body.name(), body.options());
        V2Responses.noContent(ctx);
    }

    void deleteDefinition(Context ctx) {
        organizations.deleteProperty(account(ctx), ctx.pathParam("slug"));
        V2Responses.noContent(ctx);
    }

    void setValue(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        String value = V2OrganizationReader.value(JsonBody.read(ctx));
        organizations.setValue(account(ctx), id, ctx.pathParam("slug"), value);
        V2Responses.noContent(ctx);
    }

    void clearValue(Context ctx) {
        organizations.clearValue(account(ctx), Requests.pathId(ctx, "id"), ctx.pathParam("slug"));
        V2Responses.noContent(ctx);
    }
}
