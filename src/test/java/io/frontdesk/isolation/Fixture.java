package io.frontdesk.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.account.Role;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a route can name, created in one account: a mailbox with a custom field, a second user, a property
 * definition, a customer with every entry kind, an address and a property value, a conversation (assigned, tagged,
 * with a field value) with a thread and an attachment, and a HelpCrunch customer with a tag, custom data and an
 * event. Every text it writes carries one random marker, so any answer that contains the marker shows this
 * account's data.
 */
final class Fixture {

    private final String marker;
    private final Map<Ref, Long> ids;
    private final List<String> markers;
    private final String refreshToken;

    private Fixture(String marker, Map<Ref, Long> ids, List<String> markers, String refreshToken) {
        this.marker = marker;
        this.ids = ids;
        this.markers = markers;
        this.refreshToken = refreshToken;
    }

    static Fixture create(Tenant tenant, Client hc, String hcPrefix) {
        String m = "iso" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        Application app = tenant.server().app();
        long account = tenant.accountId();
        Client v2 = tenant.v2();
        Map<Ref, Long> ids = new EnumMap<>(Ref.class);

        long mailbox = app.mailboxes().create(account, "Box " + m, "box-" + m + "@x.test").id();
        app.channels().create(account, mailbox, "App " + m, "Chat " + m, io.frontdesk.channel.ChannelType.WIDGET);
        ids.put(Ref.MAILBOX, mailbox);
        ids.put(Ref.FOLDER, mailbox * 10 + 1);
        ids.put(Ref.USER, app.accounts().createUser(account, "Agent", "Agent " + m, "agent-" + m + "@x.test",
                Role.USER).id());
        ids.put(Ref.FIELD, app.mailboxFields().create(account, mailbox, "Field " + m, FieldType.SINGLE_LINE, false,
                0, List.of()).id());
        ids.put(Ref.PROPERTY, created(v2.post("/v2/customer-properties",
                json("{'type':'text','slug':'car-" + m + "','name':'Car " + m + "'}"))));

        long customer = created(v2.post("/v2/customers", json("{'firstName':'First " + m + "','lastName':'Last " + m
                + "','background':'Background " + m + "',"
                + "'emails':[{'type':'work','value':'vernon-" + m + "@x.test'}],"
                + "'phones':[{'type':'work','value':'555-0100'}],"
                + "'chats':[{'type':'skype','value':'chat-" + m + "'}],"
                + "'socialProfiles':[{'type':'twitter','value':'@social-" + m + "'}],"
                + "'websites':[{'value':'http://web-" + m + ".test'}],"
                + "'address':{'city':'City " + m + "','lines':['Line " + m + "']},"
                + "'properties':[{'slug':'car-" + m + "','value':'Tesla " + m + "'}]}")));
        ids.put(Ref.CUSTOMER, customer);
        JsonNode embedded = ok(v2.get("/v2/customers/" + customer)).get("_embedded");
        ids.put(Ref.EMAIL, embedded.at("/emails/0/id").asLong());
        ids.put(Ref.PHONE, embedded.at("/phones/0/id").asLong());
        ids.put(Ref.CHAT, embedded.at("/chats/0/id").asLong());
        ids.put(Ref.SOCIAL_PROFILE, embedded.at("/social_profiles/0/id").asLong());
        ids.put(Ref.WEBSITE, embedded.at("/websites/0/id").asLong());

        long conversation = created(v2.post("/v2/conversations", json("{'subject':'Subject " + m
                + "','type':'email','mailboxId':" + mailbox + ",'status':'active','customer':{'id':" + customer
                + "},'assignTo':" + ids.get(Ref.USER) + ",'threads':[{'type':'customer','text':'Hello " + m
                + "'}],'tags':['tag-" + m + "'],'fields':[{'id':" + ids.get(Ref.FIELD) + ",'value':'gold'}]}")));
        ids.put(Ref.CONVERSATION, conversation);
        long thread = ok(v2.get("/v2/conversations/" + conversation + "/threads")).at("/_embedded/threads/0/id")
                .asLong();
        ids.put(Ref.THREAD, thread);
        ids.put(Ref.DRAFT, created(v2.post("/v2/conversations/" + conversation + "/reply", json("{'customer':{'id':"
                + customer + "},'text':'Draft " + m + "','draft':true}"))));
        ids.put(Ref.NOTE, created(v2.post("/v2/conversations/" + conversation + "/notes", json("{'text':'Note "
                + m + "'}"))));
        String data = Base64.getEncoder().encodeToString(("secret " + m).getBytes(StandardCharsets.UTF_8));
        ids.put(Ref.ATTACHMENT, created(v2.post("/v2/conversations/" + conversation + "/threads/" + thread
                + "/attachments", json("{'fileName':'file-" + m + ".txt','mimeType':'text/plain','data':'" + data
                + "'}"))));
        long reply = created(v2.post("/v2/conversations/" + conversation + "/reply", json("{'customer':{'id':"
                + customer + "},'text':'Reply " + m + "'}")));
        ids.put(Ref.RATING, app.ratings().rate(account, new io.frontdesk.rating.NewRating(conversation, reply,
                io.frontdesk.conversation.RatingLevel.GREAT, "Rated " + m)));

        Response hcCustomer = hc.post(hcPrefix + "/customers", json("{'name':'Hc " + m + "','email':'hc-" + m
                + "@x.test','userId':'user-" + m + "','customData':{'plan':'plan-" + m + "'}}"));
        assertThat(hcCustomer.status()).as("fixture: %s", hcCustomer).isEqualTo(201);
        long hcId = hcCustomer.json().get("id").asLong();
        ids.put(Ref.HC_CUSTOMER, hcId);
        ok(hc.put(hcPrefix + "/customers/" + hcId + "/tags", json("{'tags':[{'name':'hctag-" + m + "'}]}")));
        ok(hc.post(hcPrefix + "/events", json("{'name':'Event " + m + "','customer':" + hcId
                + ",'data':{'note':'" + m + "'}}")));

        ids.put(Ref.WEBHOOK, created(v2.post("/v2/webhooks", json("{'url':'https://93.184.216.34/hook-" + m
                + "','events':['convo.created'],'secret':'secret-" + m + "','label':'Hook " + m + "'}"))));
        long organization = created(v2.post("/v2/organizations", json("{'name':'Org " + m + "','domain':'org-" + m
                + ".test','note':'Note " + m + "'}")));
        ids.put(Ref.ORGANIZATION, organization);
        ok(v2.patch("/v2/customers/" + customer, json("[{'op':'replace','path':'/organizationId','value':"
                + organization + "}]")), 204);
        assertThat(v2.post("/v2/organizations/properties", json("{'type':'text','slug':'tier-" + m
                + "','name':'Tier " + m + "'}")).status()).isEqualTo(201);
        ids.put(Ref.ORG_PROPERTY, app.organizations().property(account, "tier-" + m).id());
        ok(v2.put("/v2/organizations/" + organization + "/properties/tier-" + m, json("{'value':'Gold " + m
                + "'}")), 204);
        ok(v2.put("/v2/users/" + ids.get(Ref.USER) + "/status", json("{'status':'away','customStatus':{'text':'Busy "
                + m + "'}}")), 204);
        long team = app.teams().create(account, "Team " + m, null).id();
        ids.put(Ref.TEAM, team);
        app.teams().addMember(account, team, ids.get(Ref.USER));
        ids.put(Ref.WORKFLOW, app.workflows().create(account, new io.frontdesk.workflow.NewWorkflow(mailbox,
                "Flow " + m, io.frontdesk.workflow.WorkflowType.MANUAL, io.frontdesk.workflow.WorkflowStatus.ACTIVE,
                new io.frontdesk.workflow.WorkflowDefinition(java.util.Set.of(), true, List.of(), List.of(
                        new io.frontdesk.workflow.WorkflowAction.AddTags(List.of("flow-" + m)))))).id());
        ids.put(Ref.SAVED_REPLY, created(v2.post("/v2/mailboxes/" + mailbox + "/saved-replies",
                json("{'name':'Saved " + m + "','text':'Saved text " + m + "'}"))));

        Response hcChat = hc.post(hcPrefix + "/chats", json("{'customer':" + hcId + ",'assignee':"
                + ids.get(Ref.USER) + "}"));
        assertThat(hcChat.status()).as("fixture: %s", hcChat).isEqualTo(201);
        long chat = hcChat.json().get("id").asLong();
        ids.put(Ref.HC_CHAT, chat);
        created(v2.post("/v2/conversations/" + chat + "/reply", json("{'customer':{'id':" + hcId + "},'text':'Chat "
                + m + "','user':" + ids.get(Ref.USER) + "}")));
        ok(hc.put(hcPrefix + "/chats/status", json("{'id':" + chat + ",'status':'closed'}")));


        // the organization names only the account: its HelpCrunch domain, quoted whole so that no longer one matches
        String domain = "\"domain\":\"" + io.frontdesk.helpcrunch.HcTestAccess.domain(app.accounts().account(account))
                + "\"";
        List<String> markers = List.of(m, tenant.owner().email(), tenant.mailbox().email(), data, domain);
        return new Fixture(m, ids, markers, refreshToken(tenant, app));
    }

    /** A refresh token of the tenant's OAuth app, through the authorization-code flow. */
    private static String refreshToken(Tenant tenant, Application app) {
        String code = app.auth().issueAuthorizationCode(tenant.oauthApp().credential());
        Response response = tenant.anonymous().send("POST", "/v2/oauth2/token", "grant_type=authorization_code"
                + "&client_id=" + enc(tenant.oauthApp().credential().clientId())
                + "&client_secret=" + enc(tenant.oauthApp().secret()) + "&code=" + enc(code),
                "application/x-www-form-urlencoded");
        return ok(response).get("refresh_token").asText();
    }

    long id(Ref ref) {
        return ids.get(ref);
    }

    /** Strings only this account's data holds: the marker, the owner's and mailbox's addresses, the file bytes. */
    List<String> markers() {
        return markers;
    }

    String slug() {
        return "car-" + marker;
    }

    String hcTag() {
        return "hctag-" + marker;
    }

    String refreshToken() {
        return refreshToken;
    }

    /** Bodies are written with single quotes for readability. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static long created(Response response) {
        assertThat(response.status()).as("fixture: %s", response).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private static void ok(Response response, int status) {
        assertThat(response.status()).as("fixture: %s", response).isEqualTo(status);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as("fixture: %s", response).isEqualTo(200);
        return response.json();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
