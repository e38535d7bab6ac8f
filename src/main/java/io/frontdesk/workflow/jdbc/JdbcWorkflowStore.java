package io.frontdesk.workflow.jdbc;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.workflow.DefinitionText;
import io.frontdesk.workflow.NewWorkflow;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowFilter;
import io.frontdesk.workflow.WorkflowRun;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowStore;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.workflow.WorkflowType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link WorkflowStore} on SQLite and PostgreSQL alike. */
public final class JdbcWorkflowStore implements WorkflowStore {

    private static final RowMapper<Workflow> WORKFLOW = (rs, ctx) -> new Workflow(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("mailbox_id"), WorkflowType.parse(rs.getString("type")).orElseThrow(),
            WorkflowStatus.parse(rs.getString("status")).orElseThrow(), rs.getInt("sort_order"), rs.getString("name"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at"),
            DefinitionText.decode(rs.getString("definition")));
    private static final RowMapper<WorkflowRun> RUN = (rs, ctx) -> new WorkflowRun(rs.getLong("workflow_id"),
            rs.getLong("conversation_id"), rs.getString("trigger_name") == null ? null
            : WorkflowTrigger.parse(rs.getString("trigger_name")).orElse(null),
            Rows.nullableLong(rs, "actor_user_id"), Rows.instant(rs, "ran_at"));

    private final Database db;

    public JdbcWorkflowStore(Database db) {
        this.db = db;
    }

    @Override
    public Workflow insert(long accountId, NewWorkflow workflow, Instant now) {
        return db.withHandle(h -> {
            int order = h.createQuery("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM workflows"
                            + " WHERE account_id = :account AND mailbox_id = :mailbox")
                    .bind("account", accountId).bind("mailbox", workflow.mailboxId()).mapTo(Integer.class).one();
            long id = h.createQuery("""
                            INSERT INTO workflows (account_id, mailbox_id, type, status, sort_order, name, definition,
                                                   created_at, modified_at)
                            VALUES (:account, :mailbox, :type, :status, :order, :name, :definition, :now, :now)
                            RETURNING id""")
                    .bind("account", accountId).bind("mailbox", workflow.mailboxId())
                    .bind("type", workflow.type().token()).bind("status", workflow.status().token())
                    .bind("order", order).bind("name", workflow.name())
                    .bind("definition", DefinitionText.encode(workflow.definition()))
                    .bind("now", now.toEpochMilli()).mapTo(Long.class).one();
            Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
            return new Workflow(id, accountId, workflow.mailboxId(), workflow.type(), workflow.status(), order,
                    workflow.name(), stored, stored, workflow.definition());
        });
    }

    @Override
    public Optional<Workflow> find(long accountId, long workflowId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM workflows WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", workflowId).map(WORKFLOW).findOne());
    }

    @Override
    public Page<Workflow> page(long accountId, WorkflowFilter filter, PageRequest page) {
        String where = " FROM workflows WHERE account_id = :account"
                + (filter.mailboxId() != null ? " AND mailbox_id = :mailbox" : "")
                + (filter.type() != null ? " AND type = :type" : "");
        return db.withSnapshotHandle(h -> {
            long total = bind(h.createQuery("SELECT COUNT(*)" + where), accountId, filter).mapTo(Long.class).one();
            List<Workflow> items = bind(h.createQuery("SELECT *" + where
                            + " ORDER BY mailbox_id, sort_order, id LIMIT :limit OFFSET :offset"), accountId, filter)
                    .bind("limit", page.size()).bind("offset", page.offset()).map(WORKFLOW).list();
            return new Page<>(items, total, page);
        });
    }

    private static Query bind(Query query, long accountId, WorkflowFilter filter) {
        query.bind("account", accountId);
        if (filter.mailboxId() != null) {
            query.bind("mailbox", filter.mailboxId());
        }
        if (filter.type() != null) {
            query.bind("type", filter.type().token());
        }
        return query;
    }

    @Override
    public List<Workflow> activeAutomatic(long accountId, long mailboxId) {
        // in every conversation change's transaction: plain JDBC (see Statements)
        List<Workflow> active = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach("SELECT * FROM workflows WHERE account_id = ? AND mailbox_id = ? AND type = 'automatic'"
                    + " AND status = 'active' ORDER BY sort_order, id", List.of(accountId, mailboxId), WORKFLOW,
                    active::add);
            return null;
        });
        return active;
    }

    @Override
    public void setStatus(long workflowId, WorkflowStatus status, Instant now) {
        db.withHandle(h -> h.createUpdate("UPDATE workflows SET status = :status, modified_at = :now WHERE id = :id")
                .bind("status", status.token()).bind("now", now.toEpochMilli()).bind("id", workflowId).execute());
    }

    @Override
    public void delete(Workflow workflow) {
        db.withHandle(h -> {
            h.createUpdate("DELETE FROM workflow_runs WHERE workflow_id = :id").bind("id", workflow.id()).execute();
            h.createUpdate("DELETE FROM workflows WHERE id = :id").bind("id", workflow.id()).execute();
            return h.createUpdate("""
                            UPDATE workflows SET sort_order = sort_order - 1
                            WHERE account_id = :account AND mailbox_id = :mailbox AND sort_order > :order""")
                    .bind("account", workflow.accountId()).bind("mailbox", workflow.mailboxId())
                    .bind("order", workflow.order()).execute();
        });
    }

    @Override
    public void recordRun(long accountId, WorkflowRun run) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO workflow_runs (account_id, workflow_id, conversation_id, trigger_name,
                                                   actor_user_id, ran_at)
                        VALUES (:account, :workflow, :conversation, :trigger, :actor, :at)""")
                .bind("account", accountId).bind("workflow", run.workflowId())
                .bind("conversation", run.conversationId())
                .bind("trigger", run.trigger() == null ? null : run.trigger().token())
                .bind("actor", run.actorUserId()).bind("at", run.ranAt().toEpochMilli()).execute());
    }

    @Override
    public boolean ranSince(long workflowId, long conversationId, Instant since) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM workflow_runs
                        WHERE workflow_id = :workflow AND conversation_id = :conversation AND ran_at >= :since""")
                .bind("workflow", workflowId).bind("conversation", conversationId).bind("since", since.toEpochMilli())
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public List<WorkflowRun> runs(long accountId, long conversationId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM workflow_runs WHERE account_id = :account AND conversation_id = :conversation
                        ORDER BY id""")
                .bind("account", accountId).bind("conversation", conversationId).map(RUN).list());
    }
}
