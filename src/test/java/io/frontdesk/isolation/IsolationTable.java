package io.frontdesk.isolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.frontdesk.isolation.Ref.ATTACHMENT;
import static io.frontdesk.isolation.Ref.CHAT;
import static io.frontdesk.isolation.Ref.CONVERSATION;
import static io.frontdesk.isolation.Ref.CUSTOMER;
import static io.frontdesk.isolation.Ref.DRAFT;
import static io.frontdesk.isolation.Ref.EMAIL;
import static io.frontdesk.isolation.Ref.FOLDER;
import static io.frontdesk.isolation.Ref.HC_CHAT;
import static io.frontdesk.isolation.Ref.HC_CUSTOMER;
import static io.frontdesk.isolation.Ref.MAILBOX;
import static io.frontdesk.isolation.Ref.NOTE;
import static io.frontdesk.isolation.Ref.ORGANIZATION;
import static io.frontdesk.isolation.Ref.ORG_PROPERTY;
import static io.frontdesk.isolation.Ref.PHONE;
import static io.frontdesk.isolation.Ref.PROPERTY;
import static io.frontdesk.isolation.Ref.RATING;
import static io.frontdesk.isolation.Ref.SAVED_REPLY;
import static io.frontdesk.isolation.Ref.SOCIAL_PROFILE;
import static io.frontdesk.isolation.Ref.TEAM;
import static io.frontdesk.isolation.Ref.THREAD;
import static io.frontdesk.isolation.Ref.USER;
import static io.frontdesk.isolation.Ref.WEBHOOK;
import static io.frontdesk.isolation.Ref.WORKFLOW;
import static io.frontdesk.isolation.Ref.WEBSITE;

/**
 * Everything the isolation suite knows about the routes: for each registered path, what its parameters name and, for
 * each method, the requests to send. A route the server registers but this table does not know fails the suite, so
 * no endpoint goes unproven. Bodies are written with single quotes for readability and sent with double quotes.
 */
final class IsolationTable {

    private static final String V2_TOTAL = "/page/totalElements";

    private final List<Call> calls = new ArrayList<>();

    private IsolationTable() {
    }

    /** @param hc the HelpCrunch prefix the server was configured with */
    static List<Call> calls(String hc) {
        IsolationTable table = new IsolationTable();
        table.health();
        table.v2Directory();
        table.v2Customers();
        table.v2Conversations();
        table.v2Webhooks();
        table.v2Organizations();
        table.v2People();
        table.v2Reports();
        table.v1Reports();
        table.v1();
        table.helpCrunch(hc);
        return List.copyOf(table.calls);
    }

    private void health() {
        route("/health/live").open("GET");
        route("/health/ready").open("GET");
        // the agent app's placeholder: the same page for any ids, showing nothing of the conversation
        route("/conversation/{id}/{number}", "id", CONVERSATION, "number", CONVERSATION).open("GET");
    }

    private void v2Directory() {
        // A's client id with B's secret must not mint a token for A; nor may B's app redeem A's refresh token.
        route("/v2/oauth2/token")
                .form("grant_type=client_credentials&client_id={{CLIENT_ID}}&client_secret={{CALLER_SECRET}}")
                .refusing(401)
                .form("grant_type=refresh_token&client_id={{CALLER_CLIENT_ID}}&client_secret={{CALLER_SECRET}}"
                        + "&refresh_token={{REFRESH_TOKEN}}")
                .refusing(400);
        route("/v2/users/me").listed("GET");
        route("/v2/users").listed("GET").listed("GET", "?mailbox={{MAILBOX}}", null, V2_TOTAL);
        route("/v2/users/{id}", "id", USER).owned("GET");
        route("/v2/tags").listed("GET");
        route("/v2/mailboxes").listed("GET");
        route("/v2/mailboxes/{id}", "id", MAILBOX).owned("GET");
        route("/v2/mailboxes/{id}/fields", "id", MAILBOX).owned("GET");
        route("/v2/mailboxes/{id}/folders", "id", MAILBOX).owned("GET");
        route("/v2/mailboxes/{id}/routing", "id", MAILBOX).owned("GET")
                .owned("PUT", "{'state':'enabled','assignmentLimit':5,'assignmentMethod':'balanced',"
                        + "'userIds':[{{USER}}]}").refusing(400);
    }

    private void v2Organizations() {
        route("/v2/organizations").created("POST", "{'name':'Created'}").listed("GET");
        route("/v2/organizations/{id}", "id", ORGANIZATION)
                .owned("GET").owned("GET", "?includeProperties=true", null)
                .owned("PUT", "{'name':'Mallory'}").owned("DELETE");
        route("/v2/organizations/{id}/customers", "id", ORGANIZATION).owned("GET");
        route("/v2/organizations/{id}/conversations", "id", ORGANIZATION).owned("GET");
        route("/v2/organizations/properties").listed("GET")
                .created("POST", "{'type':'text','slug':'o{{UNIQUE}}','name':'Prop'}");
        route("/v2/organizations/properties/{slug}", "slug", ORG_PROPERTY)
                .owned("GET").owned("PUT", "{'name':'Mallory'}").owned("DELETE");
        route("/v2/organizations/{id}/properties/{slug}", "id", ORGANIZATION, "slug", ORG_PROPERTY)
                .owned("PUT", "{'value':'Mallory'}").owned("DELETE");
    }

    /**
     * Reports: figures carry no owner data for a LISTED control to find, so B must get an answer without A's data
     * (the figures being B's own is ReportIsolationTest's); the conversations report names its top customers, and the
     * user reports name a user, which must be B's own.
     */
    private void v2Reports() {
        String period = "?start=2000-01-01T00:00:00Z&end=2100-01-01T00:00:00Z";
        for (String path : List.of("/v2/reports/company", "/v2/reports/company/customers-helped",
                "/v2/reports/conversations/busy-times", "/v2/reports/conversations/new",
                "/v2/reports/conversations/received-messages", "/v2/reports/conversations/volume-by-channel",
                "/v2/reports/productivity", "/v2/reports/productivity/first-response-time",
                "/v2/reports/productivity/response-time", "/v2/reports/productivity/resolution-time",
                "/v2/reports/productivity/replies-sent", "/v2/reports/productivity/resolved",
                "/v2/reports/happiness", "/v2/reports/happiness/ratings")) {
            route(path).open("GET", period + "&mailboxes={{MAILBOX}}");
        }
        route("/v2/reports/conversations").listed("GET", period, null, null);
        for (String path : List.of("/v2/reports/user", "/v2/reports/user/happiness", "/v2/reports/user/ratings",
                "/v2/reports/user/customers-helped", "/v2/reports/user/replies", "/v2/reports/user/resolutions",
                "/v2/reports/user/chat", "/v2/reports/user/conversation-history", "/v2/reports/user/drilldown")) {
            route(path).owned("GET", period + "&user={{USER}}", null);
        }
        for (String path : List.of("/v2/reports/chat", "/v2/reports/email", "/v2/reports/phone", "/v2/reports/docs",
                "/v2/reports/company/drilldown")) {
            route(path).open("GET", period + "&mailboxes={{MAILBOX}}");
        }
        // drilldowns list conversations: the owner sees its own, B filtered by A's mailbox sees none
        for (String path : List.of("/v2/reports/conversations/drilldown", "/v2/reports/conversations/new-drilldown")) {
            route(path).listed("GET", period, null, null)
                    .listed("GET", period + "&mailboxes={{MAILBOX}}", null, "/conversations/count");
        }
        route("/v2/reports/conversations/fields-drilldown")
                .open("GET", period + "&field=customerid&fieldid={{CUSTOMER}}");
    }

    /** The 1.0 reports, as the 2.0 ones. */
    private void v1Reports() {
        String period = "?start=2000-01-01T00:00:00Z&end=2100-01-01T00:00:00Z";
        for (String path : List.of("company", "team", "company/customers-helped", "team/customers-helped",
                "conversations/busy-times", "conversations/new", "conversations/received-messages", "productivity",
                "productivity/first-response-time", "productivity/response-time", "productivity/resolution-time",
                "productivity/replies-sent", "productivity/resolved", "happiness", "happiness/ratings")) {
            route("/v1/reports/" + path + ".json").open("GET", period + "&mailboxes={{MAILBOX}}");
        }
        route("/v1/reports/conversations.json").listed("GET", period, null, null);
        for (String path : List.of("user", "user/happiness", "user/ratings", "user/customers-helped", "user/replies",
                "user/resolutions", "user/conversation-history", "user/drilldown", "users/drilldown")) {
            route("/v1/reports/" + path + ".json").owned("GET", period + "&user={{USER}}", null);
        }
        for (String path : List.of("docs", "conversations/volume-by-channel", "company/drilldown", "team/drilldown",
                "productivity/drilldown")) {
            route("/v1/reports/" + path + ".json").open("GET", period + "&range=resolved&mailboxes={{MAILBOX}}");
        }
        for (String path : List.of("conversations/drilldown", "conversations/new-drilldown")) {
            route("/v1/reports/" + path + ".json").listed("GET", period, null, null)
                    .listed("GET", period + "&mailboxes={{MAILBOX}}", null, "/conversations/count");
        }
        for (String path : List.of("conversations/fields-drilldown", "conversations/customfields-drilldown")) {
            route("/v1/reports/" + path + ".json").open("GET", period + "&field=customerid&fieldid={{CUSTOMER}}");
        }
    }

    /** Users' administration and status, teams, saved replies. */
    private void v2People() {
        route("/v2/users").owned("POST", "{'firstName':'New','lastName':'User','email':'u{{UNIQUE}}@x.test',"
                + "'role':'user','mailboxes':[{'id':{{MAILBOX}}}]}").refusing(400);
        route("/v2/users/{id}", "id", USER).owned("DELETE");
        route("/v2/users/status").listed("GET");
        route("/v2/users/{id}/status", "id", USER).owned("GET").owned("PUT", "{'status':'away'}");
        route("/v2/users/{id}/conversation-reassignment", "id", USER).owned("GET")
                .owned("PUT", "{'enabled':true,'awayDuration':{'hours':1,'minutes':5}}");
        route("/v2/teams").listed("GET");
        route("/v2/teams/{id}", "id", TEAM).owned("GET");
        route("/v2/teams/{id}/members", "id", TEAM).owned("GET")
                .owned("PUT", "{'userIds':[{{USER}}]}").refusing(400);
        route("/v2/workflows").listed("GET");
        route("/v2/workflows/{id}", "id", WORKFLOW).owned("GET")
                .owned("PATCH", "{'op':'replace','path':'/status','value':'inactive'}");
        route("/v2/workflows/{id}/run", "id", WORKFLOW).owned("POST", "{'conversationIds':[{{CONVERSATION}}]}")
                .refusing(400);
        route("/v2/mailboxes/{id}/saved-replies", "id", MAILBOX).owned("GET").owned("POST", "{'name':'Mallory'}");
        route("/v2/mailboxes/{id}/saved-replies/{replyId}", "id", MAILBOX, "replyId", SAVED_REPLY)
                .owned("GET").owned("PUT", "{'name':'Mallory'}").owned("DELETE");
    }

    private void v2Customers() {
        route("/v2/customers")
                .created("POST", "{'firstName':'Created','emails':[{'type':'work','value':'c{{UNIQUE}}@x.test'}]}")
                .owned("POST", "{'firstName':'Created','organizationId':{{ORGANIZATION}}}").refusing(400)
                .listed("GET")
                .listed("GET", "?mailbox={{MAILBOX}}", null, V2_TOTAL);
        route("/v2/customers/{id}", "id", CUSTOMER)
                .owned("GET")
                .owned("PUT", "{'firstName':'Mallory'}")
                .owned("PUT", "{'firstName':'Mallory','organizationId':{{ORGANIZATION}}}").refusing(400)
                .owned("PATCH", "[{'op':'replace','path':'/firstName','value':'Mallory'}]")
                // Entry ids in a patch: B may not reach A's entries through its own customer either.
                .owned("PATCH", "[{'op':'replace','path':'/emails/{{EMAIL}}/value','value':'p{{UNIQUE}}@x.test'}]")
                .owned("PATCH", "[{'op':'remove','path':'/phones/{{PHONE}}'}]")
                .owned("DELETE")
                .owned("DELETE", "?async=true", null);
        entries("emails", EMAIL, "{'type':'work','value':'n{{UNIQUE}}@x.test'}");
        entries("phones", PHONE, "{'type':'work','value':'555-0199'}");
        entries("chats", CHAT, "{'type':'skype','value':'mallory'}");
        entries("social-profiles", SOCIAL_PROFILE, "{'type':'twitter','value':'@mallory'}");
        entries("websites", WEBSITE, "{'value':'http://mallory.test'}");
        String address = "{'city':'Nowhere','lines':['1 Main St']}";
        route("/v2/customers/{id}/address", "id", CUSTOMER)
                .owned("GET").owned("POST", address).owned("PUT", address).owned("DELETE");
        String values = "[{'op':'replace','path':'/{{SLUG}}','value':'Changed'}]";
        route("/v2/customers/{id}/properties", "id", CUSTOMER).owned("PATCH", values).owned("PUT", values);
        route("/v2/customer-properties")
                .listed("GET")
                .created("POST", "{'type':'text','slug':'p{{UNIQUE}}','name':'Prop'}");
        route("/v2/customer-properties/{propertyId}", "propertyId", PROPERTY).owned("GET");
    }

    private void entries(String segment, Ref kind, String body) {
        route("/v2/customers/{id}/" + segment, "id", CUSTOMER).owned("GET").owned("POST", body);
        route("/v2/customers/{id}/" + segment + "/{entryId}", "id", CUSTOMER, "entryId", kind)
                .owned("GET").owned("PUT", body).owned("DELETE");
    }

    private void v2Conversations() {
        // Each id of a create is tried alone among B's own; assignTo and user, top-level and thread customer apart.
        route("/v2/conversations")
                .owned("POST", "{'subject':'New','type':'email','mailboxId':{{MAILBOX}},'status':'active',"
                        + "'customer':{'id':{{CUSTOMER}}},'assignTo':{{USER}},"
                        + "'threads':[{'type':'customer','text':'Hi'}],'fields':[{'id':{{FIELD}},'value':'gold'}]}")
                .refusing(400)
                .owned("POST", "{'subject':'New','type':'email','mailboxId':{{MAILBOX}},'status':'active',"
                        + "'customer':{'email':'n{{UNIQUE}}@x.test'},'user':{{USER}},"
                        + "'threads':[{'type':'customer','customer':{'id':{{CUSTOMER}}},'text':'Hi'}]}")
                .refusing(400)
                .listed("GET", "?status=all&embed=threads", null, null)
                .listed("GET", "?status=all&mailbox={{MAILBOX}}", null, V2_TOTAL)
                .listed("GET", "?status=all&assigned_to={{USER}}", null, V2_TOTAL)
                // B has no field with A's id: a 400 on the parameter, not an empty page.
                .listed("GET", "?status=all&customFieldsByIds={{FIELD}}:gold", null, null).refusing(400);
        route("/v2/conversations/{id}", "id", CONVERSATION)
                .owned("GET")
                .owned("GET", "?embed=threads", null)
                .owned("PATCH", "{'op':'replace','path':'/status','value':'closed'}")
                .owned("PATCH", "{'op':'replace','path':'/assignTo','value':{{USER}}}").refusing(400)
                .owned("PATCH", "{'op':'move','path':'/mailboxId','value':{{MAILBOX}}}").refusing(400)
                .owned("PATCH", "{'op':'replace','path':'/primaryCustomer.id','value':{{CUSTOMER}}}").refusing(400)
                .owned("DELETE");
        route("/v2/conversations/{id}/tags", "id", CONVERSATION).owned("PUT", "{'tags':['mallory']}");
        route("/v2/conversations/{id}/fields", "id", CONVERSATION)
                .owned("PUT", "{'fields':[{'id':{{FIELD}},'value':'silver'}]}").refusing(400);
        route("/v2/conversations/{id}/threads", "id", CONVERSATION).owned("GET");
        route("/v2/conversations/{id}/reply", "id", CONVERSATION)
                .owned("POST", "{'customer':{'id':{{CUSTOMER}}},'text':'Reply','user':{{USER}}}").refusing(400)
                .owned("POST", "{'customer':{'id':{{CUSTOMER}}},'text':'Reply','assignTo':{{USER}}}").refusing(400)
                .owned("POST", "{'customer':{'id':{{CUSTOMER}}},'savedReplyId':{{SAVED_REPLY}}}").refusing(400);
        route("/v2/conversations/{id}/notes", "id", CONVERSATION)
                .owned("POST", "{'text':'Note','user':{{USER}}}").refusing(400);
        for (String kind : List.of("customer", "phones", "chats")) {
            route("/v2/conversations/{id}/" + kind, "id", CONVERSATION)
                    .owned("POST", "{'customer':{'id':{{CUSTOMER}}},'text':'More'}").refusing(400);
        }
        route("/v2/conversations/{id}/threads/{threadId}", "id", CONVERSATION, "threadId", THREAD)
                .owned("GET")
                .owned("PATCH", "{'op':'replace','path':'/text','value':'Edited'}");
        route("/v2/conversations/{id}/threads/{threadId}/original-source", "id", CONVERSATION, "threadId", THREAD)
                .owned("GET");
        route("/v2/conversations/{id}/attachments/{attachmentId}/file", "id", CONVERSATION, "attachmentId",
                ATTACHMENT).owned("GET");
        route("/v2/conversations/{id}/snooze", "id", CONVERSATION)
                .owned("PUT", "{'snoozedUntil':'2099-01-01T00:00:00Z','unsnoozeOnCustomerReply':true}")
                .owned("DELETE");
        // PATCH publishes the owner's draft, so it goes last
        route("/v2/conversations/{id}/threads/{threadId}/schedule", "id", CONVERSATION, "threadId", DRAFT)
                .owned("PUT", "{'scheduledFor':'2099-01-01T00:00:00Z','unscheduleOnCustomerReply':true}")
                .owned("DELETE")
                .owned("PATCH", "{'op':'replace','path':'/state','value':'published'}");
        route("/v3/conversations/{id}", "id", CONVERSATION).owned("GET");
        route("/v3/conversations/{id}/threads", "id", CONVERSATION).owned("GET");
        route("/v3/customers").listed("GET");
        // no system users exist: an empty list and a 404 for every id, whoever asks
        route("/v3/system-users").open("GET");
        route("/v3/system-users/{id}", "id", USER).open("GET");
        route("/v2/ratings/{id}", "id", RATING).owned("GET");
        route("/v2/conversations/{id}/threads/{threadId}/attachments", "id", CONVERSATION, "threadId", THREAD)
                .owned("POST", "{'fileName':'m.txt','mimeType':'text/plain','data':'aGk='}");
        route("/v2/conversations/{id}/attachments/{attachmentId}/data", "id", CONVERSATION, "attachmentId",
                ATTACHMENT).owned("GET");
        route("/v2/conversations/{id}/attachments/{attachmentId}", "id", CONVERSATION, "attachmentId", ATTACHMENT)
                .owned("DELETE");
    }

    private void v2Webhooks() {
        String body = "{'url':'https://93.184.216.34/b-{{UNIQUE}}','events':['convo.created'],'secret':'s'}";
        route("/v2/webhooks").created("POST", body).listed("GET");
        route("/v2/webhooks/{id}", "id", WEBHOOK).owned("GET").owned("PUT", body).owned("DELETE");
    }

    private void v1() {
        route("/v1/hooks.json").created("POST",
                "{'url':'https://93.184.216.34/v1-{{UNIQUE}}','events':['convo.created'],'secret':'s'}");
        route("/v1/users/me.json").listed("GET");
        route("/v1/conversations/{id}/thread-source/{threadId}.json", "id", CONVERSATION, "threadId", THREAD)
                .owned("GET");
        route("/v1/users.json").listed("GET");
        route("/v1/users/{id}.json", "id", USER).owned("GET");
        route("/v1/mailboxes.json").listed("GET");
        route("/v1/mailboxes/{id}.json", "id", MAILBOX).owned("GET");
        route("/v1/mailboxes/{id}/users.json", "id", MAILBOX).owned("GET");
        route("/v1/mailboxes/{id}/customers.json", "id", MAILBOX).owned("GET");
        route("/v1/tags.json").listed("GET");
        route("/v1/mailboxes/{id}/workflows.json", "id", MAILBOX).owned("GET");
        route("/v1/workflows/{id}/conversations/{conversationId}.json", "id", WORKFLOW, "conversationId",
                CONVERSATION).owned("POST");
        route("/v1/workflows/{id}/conversations.json", "id", WORKFLOW)
                .owned("POST", "{'conversationIds':[{{CONVERSATION}}]}").refusing(400);
        route("/v1/customers.json")
                .listed("GET")
                .created("POST", "{'firstName':'Created','lastName':'Customer',"
                        + "'emails':[{'value':'c{{UNIQUE}}@x.test','location':'work'}]}");
        // A negative entry id deletes that entry: B may not delete A's email through its own customer either.
        route("/v1/customers/{id}.json", "id", CUSTOMER)
                .owned("GET")
                .owned("PUT", "{'jobTitle':'Mallory','emails':[{'id':-{{EMAIL}}}]}")
                .owned("PUT", "{'emails':[{'id':{{EMAIL}},'value':'u{{UNIQUE}}@x.test','location':'work'}]}");
        route("/v1/search/customers.json").listed("GET");
        v1Conversations();
    }

    private void v1Conversations() {
        route("/v1/mailboxes/{id}/conversations.json", "id", MAILBOX).owned("GET");
        route("/v1/mailboxes/{id}/folders.json", "id", MAILBOX).owned("GET");
        route("/v1/mailboxes/{id}/users/{userId}/conversations.json", "id", MAILBOX, "userId", USER).owned("GET");
        route("/v1/mailboxes/{id}/folders/{folderId}/conversations.json", "id", MAILBOX, "folderId", FOLDER)
                .owned("GET");
        route("/v1/mailboxes/{id}/customers/{customerId}/conversations.json", "id", MAILBOX, "customerId", CUSTOMER)
                .owned("GET");
        route("/v1/conversations.json")
                .owned("POST", "{'subject':'New','mailbox':{'id':{{MAILBOX}}},'customer':{'id':{{CUSTOMER}}},"
                        + "'owner':{'id':{{USER}}},'threads':[{'type':'customer','createdBy':{'email':"
                        + "'n{{UNIQUE}}@x.test','type':'customer'},'body':'Hi'}]}")
                .refusing(400);
        route("/v1/conversations/{id}.json", "id", CONVERSATION)
                .owned("GET")
                .owned("PUT", "{'status':'closed'}")
                .owned("PUT", "{'owner':{'id':{{USER}}}}").refusing(400)
                .owned("PUT", "{'mailbox':{'id':{{MAILBOX}}}}").refusing(400)
                .owned("POST", "{'type':'note','createdBy':{'id':{{USER}},'type':'user'},'body':'Note'}").refusing(400)
                .owned("POST", "{'type':'customer','createdBy':{'id':{{CUSTOMER}},'type':'customer'},'body':'More'}")
                .refusing(400)
                .owned("DELETE");
        route("/v1/conversations/{id}/threads/{threadId}.json", "id", CONVERSATION, "threadId", THREAD)
                .owned("PUT", "{'body':'Edited'}");
        route("/v1/notes/{threadId}.json", "threadId", NOTE).owned("DELETE");
        route("/v1/attachments.json").created("POST", "{'fileName':'m.txt','mimeType':'text/plain','data':'aGk='}");
        route("/v1/attachments/{id}/data.json", "id", ATTACHMENT).owned("GET");
        route("/v1/attachments/{id}.json", "id", ATTACHMENT).owned("DELETE");
        route("/v1/search/conversations.json").listed("GET");
        route("/v1/teams.json").listed("GET");
        route("/v1/teams/{id}.json", "id", TEAM).owned("GET");
        route("/v1/teams/{id}/members.json", "id", TEAM).owned("GET");
    }

    private void helpCrunch(String hc) {
        route(hc + "/agents").listed("GET");
        route(hc + "/agents/{id}", "id", USER).owned("GET");
        route(hc + "/agents/{id}/unsubscribe", "id", USER).owned("GET");
        route(hc + "/applications").listed("GET");
        route(hc + "/organization").listed("GET");
        route(hc + "/departments").listed("GET");
        route(hc + "/chats/{id}/messages", "id", HC_CHAT).owned("GET");
        route(hc + "/messages")
                .owned("POST", "{'chat':{{HC_CHAT}},'text':'Mallory','type':'message'}")
                .owned("POST", "{'chat':{{HC_CHAT}},'text':'Mallory','agent':{{USER}},'type':'private'}");
        route(hc + "/customers").created("POST", "{'name':'Created {{UNIQUE}}'}").listed("GET");
        route(hc + "/customers/search").listed("POST", "",
                "{'filter':[{'field':'customers.id','operator':'=','value':{{HC_CUSTOMER}}}]}", "/total");
        route(hc + "/customers/batch").owned("PUT", "[{'customer':{{HC_CUSTOMER}},'notes':'Batch'}]");
        route(hc + "/customers/{id}", "id", HC_CUSTOMER)
                .owned("GET")
                .owned("PUT", "{'notes':'Mallory'}")
                .owned("PATCH", "{'blocked':true}")
                .owned("DELETE");
        route(hc + "/customers/{id}/tags", "id", HC_CUSTOMER)
                .owned("PUT", "{'tags':[{'name':'Lead','color':'#ccc'}]}")
                .owned("DELETE", "", "{'tags':[{'name':'{{HC_TAG}}'}]}");
        route(hc + "/chats").listed("GET").owned("POST", "{'customer':{{HC_CUSTOMER}}}");
        // a bare count carries no owner data for the LISTED control to find: B must only get an answer without A's
        // data here; that the count is B's own is HcChatsTest's (another account's total leaves A's chats out)
        route(hc + "/chats/total").open("GET");
        route(hc + "/chats/search").listed("POST", "",
                "{'filter':[{'field':'chats.customer','operator':'=','value':{{HC_CUSTOMER}}}]}", "/total");
        route(hc + "/chats/{id}", "id", HC_CHAT).owned("GET");
        route(hc + "/chats/status").owned("PUT", "{'id':{{HC_CHAT}},'status':'closed'}");
        route(hc + "/chats/assignee").owned("PUT", "{'id':{{HC_CHAT}},'assignee':null}");
        // another account's department is an invalid value (400), as another account's assignee is
        route(hc + "/chats/department").owned("PUT", "{'id':{{HC_CHAT}},'department':{{TEAM}}}").refusing(400);
        route(hc + "/chats/snooze").owned("PUT", "{'id':{{HC_CHAT}},'snoozedUntil':4102444800}");
        route(hc + "/chats/rate").owned("PUT", "{'id':{{HC_CHAT}},'rating':'poor'}");
        route(hc + "/chats/readByAgent").owned("PUT", "{'id':{{HC_CHAT}},'read':true}");
        route(hc + "/chats/read").owned("PUT", "{'id':{{HC_CHAT}},'read':false}");
        route(hc + "/chats/readByCustomer").owned("PUT", "{'id':{{HC_CHAT}},'read':true}");
        route(hc + "/events").owned("POST", "{'name':'Clicked','customer':{{HC_CUSTOMER}},'data':{'button':'x'}}");
    }

    private RouteCalls route(String path, Object... namesAndRefs) {
        Map<String, Ref> refs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRefs.length; i += 2) {
            refs.put((String) namesAndRefs[i], (Ref) namesAndRefs[i + 1]);
        }
        return new RouteCalls(path, Collections.unmodifiableMap(refs));
    }

    /** The calls of one path, added in the order they are written. */
    private final class RouteCalls {

        private final String path;
        private final Map<String, Ref> refs;

        RouteCalls(String path, Map<String, Ref> refs) {
            this.path = path;
            this.refs = refs;
        }

        RouteCalls owned(String method) {
            return owned(method, "", null);
        }

        RouteCalls owned(String method, String body) {
            return owned(method, "", body);
        }

        RouteCalls owned(String method, String query, String body) {
            return add(Call.Expect.OWNED, method, query, body, "application/json", null);
        }

        RouteCalls listed(String method) {
            return listed(method, "", null, null);
        }

        RouteCalls listed(String method, String query, String body, String emptyAt) {
            return add(Call.Expect.LISTED, method, query, body, "application/json", emptyAt);
        }

        RouteCalls created(String method, String body) {
            return add(Call.Expect.CREATED, method, "", body, "application/json", null);
        }

        RouteCalls open(String method) {
            return add(Call.Expect.PUBLIC, method, "", null, null, null);
        }

        RouteCalls open(String method, String query) {
            return add(Call.Expect.PUBLIC, method, query, null, null, null);
        }

        RouteCalls form(String body) {
            calls.add(new Call(Call.Expect.OWNED, "POST", path, "", body, "application/x-www-form-urlencoded", refs,
                    404, null));
            return this;
        }

        /** The status B gets when only a query or body id is foreign (path ids all its own); default 404. */
        RouteCalls refusing(int status) {
            Call last = calls.remove(calls.size() - 1);
            calls.add(new Call(last.expect(), last.method(), last.path(), last.query(), last.body(),
                    last.contentType(), last.pathRefs(), status, last.emptyAt()));
            return this;
        }

        private RouteCalls add(Call.Expect expect, String method, String query, String body, String type,
                               String emptyAt) {
            String json = body == null ? null : body.replace('\'', '"');
            calls.add(new Call(expect, method, path, query, json, body == null ? null : type, refs,
                    expect == Call.Expect.LISTED ? 200 : 404, emptyAt));
            return this;
        }
    }
}
