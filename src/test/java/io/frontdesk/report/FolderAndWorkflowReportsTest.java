package io.frontdesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.User;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.FolderType;
import io.frontdesk.conversation.Folders;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.workflow.NewWorkflow;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowAction;
import io.frontdesk.workflow.WorkflowCondition;
import io.frontdesk.workflow.WorkflowDefinition;
import io.frontdesk.workflow.WorkflowService;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.workflow.WorkflowType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.frontdesk.report.ReportDay.BOTH;
import static io.frontdesk.report.ReportDay.DAY;
import static io.frontdesk.report.ReportDay.at;
import static io.frontdesk.report.ReportScenario.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code folders} filter and the conversations report's workflows list, on one day worked out by hand. Alice's
 * email is answered by the owner while unassigned, escalated by hand (a manual workflow) and closed: closed now, its
 * reply still counts under Unassigned. Bob's is assigned to Uma, answered by her, escalated and triaged. Cat's is
 * assigned to the owner and answered. Dan's is marked spam by the manual workflow Junk, which also tags it. Eve's
 * asks for a refund: the automatic workflow Refunds runs on it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class FolderAndWorkflowReportsTest {

    @Parameter
    Backend backend;

    private static ReportScenario s;
    private static Client umaV1;
    private static long[] alice;
    private static long[] bob;
    private static long[] cat;
    private static long dan;
    private static long eve;
    private static Workflow escalate;
    private static Workflow triage;
    private static Workflow junk;
    private static Workflow refunds;

    @BeforeParameterizedClassInvocation
    static void day(Backend backend) {
        s = ReportScenario.onReportDay(backend);
        User uma = s.agent("Uma");
        umaV1 = s.v1As(uma);
        long owner = s.tenant.owner().id();
        WorkflowService workflows = s.server.app().workflows();
        escalate = manual(workflows, "Escalate");
        triage = manual(workflows, "Triage");
        junk = manual(workflows, "Junk", new WorkflowAction.SetStatus(ConversationStatus.SPAM));
        refunds = workflows.create(s.account(), new NewWorkflow(s.tenant.mailbox().id(), "Refunds",
                WorkflowType.AUTOMATIC, WorkflowStatus.ACTIVE, new WorkflowDefinition(
                Set.of(WorkflowTrigger.CONVERSATION_CREATED), true,
                List.of(new WorkflowCondition.SubjectContains("refund")),
                List.of(new WorkflowAction.AddTags(List.of("refund"))))));

        s.at(at("09:00"));
        alice = s.customerStarts("alice@customers.test", "email");
        s.at(at("09:10"));
        s.reply(alice, owner);
        s.at(at("09:20"));
        s.run(escalate.id(), alice[0]);
        s.at(at("09:30"));
        s.status(alice, "closed");

        s.at(at("10:00"));
        bob = s.customerStarts("bob@customers.test", "email");
        s.at(at("10:05"));
        s.assign(bob, uma.id());
        s.at(at("10:10"));
        s.reply(bob, uma.id());
        s.at(at("10:20"));
        s.run(escalate.id(), bob[0]);
        s.at(at("10:30"));
        s.run(triage.id(), bob[0]);

        s.at(at("11:00"));
        cat = s.customerStarts("cat@customers.test", "email");
        s.at(at("11:05"));
        s.assign(cat, owner);
        s.at(at("11:10"));
        s.reply(cat, owner);

        s.at(at("12:00"));
        dan = s.customerStarts("dan@customers.test", "email")[0];
        s.at(at("12:10"));
        s.run(junk.id(), dan);
        s.at(at("13:00"));
        eve = s.customerStarts("eve@customers.test", "email", "A refund please")[0];
        Await.until("the automatic workflow ran", Duration.ofSeconds(20),
                () -> !workflows.runs(s.account(), eve).isEmpty());
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    /** A manual workflow that tags with its own name, after {@code first}. */
    private static Workflow manual(WorkflowService workflows, String name, WorkflowAction... first) {
        List<WorkflowAction> actions = new ArrayList<>(List.of(first));
        actions.add(new WorkflowAction.AddTags(List.of(name.toLowerCase(Locale.ROOT))));
        return workflows.create(s.account(), new NewWorkflow(s.tenant.mailbox().id(), name, WorkflowType.MANUAL,
                WorkflowStatus.ACTIVE, new WorkflowDefinition(Set.of(), true, List.of(), actions)));
    }

    private static long folder(FolderType type) {
        return Folders.id(s.tenant.mailbox().id(), type);
    }

    private static JsonNode ok(Client client, String path) {
        Response r = client.get(path);
        assertThat(r.status()).as(path + " → " + r).isEqualTo(200);
        return r.json();
    }

    private static JsonNode v2(String report, FolderType... folders) {
        StringBuilder ids = new StringBuilder();
        for (FolderType type : folders) {
            ids.append(ids.isEmpty() ? "" : ",").append(folder(type));
        }
        return ok(s.v2, "/v2/reports/" + report + "?" + DAY + "&folders=" + ids);
    }

    @Test
    void a_fact_counts_in_the_folder_its_conversation_was_in_when_it_happened() {
        // alice is closed now, yet her reply and her creation happened while she was unassigned
        JsonNode unassigned = v2("company", FolderType.UNASSIGNED);
        assertThat(unassigned.at("/current/totalReplies").asInt()).isEqualTo(1);
        assertThat(v2("conversations", FolderType.UNASSIGNED).at("/current/totalConversations").asInt())
                .as("alice, bob and cat before their assignment, dan before he was junked, eve").isEqualTo(5);
        assertThat(ids(v2("conversations/drilldown", FolderType.UNASSIGNED)))
                .containsExactly(eve, dan, cat[0], bob[0], alice[0]);

        JsonNode closed = v2("productivity", FolderType.CLOSED);
        assertThat(closed.at("/current/closed").asInt()).isEqualTo(1);
        assertThat(closed.at("/current/repliesSent").asInt()).as("no reply was sent to a closed conversation")
                .isZero();
        assertThat(ids(v2("conversations/drilldown", FolderType.CLOSED))).containsExactly(alice[0]);

        assertThat(v2("company", FolderType.ASSIGNED).at("/current/totalReplies").asInt()).isEqualTo(2);
        // what the junk workflow did after marking dan spam (its tag, its run) happened in Spam; nothing else did
        JsonNode spam = v2("conversations", FolderType.SPAM);
        assertThat(spam.at("/current/totalConversations").asInt()).isZero();
        assertThat(spam.at("/tags/top/0/name").asText()).isEqualTo("junk");
        assertThat(spam.at("/tags/count").asInt()).isEqualTo(1);
        assertThat(spam.at("/workflows/top/0/id").asLong()).isEqualTo(junk.id());
        assertThat(spam.at("/workflows/count").asInt()).isEqualTo(1);
        assertThat(v2("conversations", FolderType.DRAFTS).at("/current/totalConversations").asInt()).isZero();
        JsonNode either = v2("company", FolderType.ASSIGNED, FolderType.CLOSED).get("current");
        assertThat(either.get("totalReplies").asInt()).as("either folder: bob's and cat's replies").isEqualTo(2);
        assertThat(either.get("closed").asInt()).as("and alice's close").isEqualTo(1);
        assertThat(v2("conversations/new", FolderType.CLOSED).at("/current/0/count").asInt())
                .as("alice was created active").isZero();
    }

    @Test
    void mine_is_the_callers_in_both_versions() {
        String mine = "?" + DAY + "&folders=" + folder(FolderType.MINE);
        // the owner's 2.0 token and 1.0 key: cat's reply; Uma's 1.0 key: bob's
        assertThat(ok(s.v2, "/v2/reports/company" + mine).at("/current/totalReplies").asInt()).isEqualTo(1);
        assertThat(ids(ok(s.v2, "/v2/reports/company/drilldown" + mine))).containsExactly(cat[0]);
        assertThat(ok(s.tenant.v1(), "/v1/reports/company.json" + mine).at("/current/totalReplies").asInt())
                .isEqualTo(1);
        assertThat(ids(ok(umaV1, "/v1/reports/user/drilldown.json" + mine + "&user=" + s.tenant.owner().id())))
                .as("the owner's acts in Uma's Mine: none").isEmpty();
        assertThat(ids(ok(umaV1, "/v1/reports/conversations/drilldown.json" + mine))).containsExactly(bob[0]);
        assertThat(ok(umaV1, "/v1/reports/company.json" + mine).at("/current/totalReplies").asInt()).isEqualTo(1);
    }

    @Test
    void another_accounts_folder_matches_nothing_and_malformed_ids_are_400() {
        long theirs = Folders.id(s.server.newTenant().mailbox().id(), FolderType.UNASSIGNED);
        assertThat(ok(s.v2, "/v2/reports/company?" + DAY + "&folders=" + theirs).at("/current/totalReplies").asInt())
                .isZero();
        for (String bad : List.of("x", "3", "17", "20", "1,x")) {
            Response r = s.v2.get("/v2/reports/conversations?" + DAY + "&folders=" + bad);
            assertThat(r.status()).as(bad + " → " + r).isEqualTo(400);
            assertThat(r.body()).contains("\"folders\"");
        }
        Response v1 = s.tenant.v1().get("/v1/reports/productivity.json?" + DAY + "&folders=9");
        assertThat(v1.status()).as(v1.toString()).isEqualTo(400);
        assertThat(v1.body()).contains("folders");
    }

    @Test
    void the_workflows_list_counts_runs_with_the_previous_period() {
        JsonNode list = ok(s.v2, "/v2/reports/conversations?" + BOTH).get("workflows");
        assertThat(list.get("count").asInt()).isEqualTo(4);
        assertThat(list.get("top")).hasSize(4);
        JsonNode first = list.at("/top/0");
        assertThat(first.get("id").asLong()).isEqualTo(escalate.id());
        assertThat(first.get("name").asText()).isEqualTo("Escalate");
        assertThat(first.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("previousCount").asInt()).isZero();
        assertThat(first.get("percent").asDouble()).isEqualTo(40.0);
        assertThat(first.get("deltaPercent").asDouble()).isEqualTo(40.0);
        assertThat(list.at("/top/1/id").asLong()).as("ties by id").isEqualTo(triage.id());
        assertThat(list.at("/top/2/id").asLong()).isEqualTo(junk.id());
        assertThat(list.at("/top/3/id").asLong()).as("the automatic run").isEqualTo(refunds.id());
        assertThat(list.at("/top/3/percent").asDouble()).isEqualTo(20.0);

        JsonNode unassigned = v2("conversations", FolderType.UNASSIGNED).get("workflows");
        assertThat(unassigned.get("count").asInt()).as("alice's escalation and eve's refund").isEqualTo(2);
        JsonNode v1 = ok(s.tenant.v1(), "/v1/reports/conversations.json?" + DAY).get("workflows");
        assertThat(v1.get("count").asInt()).isEqualTo(4);
        JsonNode before = ok(s.v2, "/v2/reports/conversations?start=2026-03-01T00:00:00Z&end=2026-03-02T00:00:00Z");
        assertThat(before.at("/workflows/count").asInt()).isZero();
    }

    @Test
    void the_fields_drilldown_by_workflow() {
        String fields = "/conversations/fields-drilldown";
        assertThat(ids(ok(s.v2, "/v2/reports" + fields + "?" + DAY + "&field=workflowid&fieldid=" + escalate.id())))
                .containsExactly(bob[0], alice[0]);
        assertThat(ids(ok(s.v2, "/v2/reports" + fields + "?" + DAY + "&field=workflowid&fieldid=" + escalate.id()
                + "&folders=" + folder(FolderType.UNASSIGNED)))).containsExactly(alice[0]);
        assertThat(ids(ok(s.tenant.v1(), "/v1/reports" + fields + ".json?" + DAY + "&field=workflowid&fieldid="
                + triage.id()))).containsExactly(bob[0]);
        assertThat(ids(ok(s.v2, "/v2/reports" + fields + "?" + DAY + "&field=workflowid&fieldid=" + refunds.id())))
                .containsExactly(eve);
    }
}
