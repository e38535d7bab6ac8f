package io.frontdesk.workflow;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventSubscriber;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;

import java.time.Clock;
import java.util.Optional;

/**
 * Starts automatic workflows from the event record. Inside the change's transaction it queues one job per active
 * automatic workflow of the conversation's mailbox that names the event; the jobs run after the commit on the job
 * lane, so a failing workflow never rolls back the change that started it, and conditions are tested against the
 * conversation as committed. Events that workflow actions record start nothing (see {@link WorkflowActions}).
 * A conversation event costs one indexed read of the mailbox's workflows.
 *
 * <p>The job carries the time it was queued: one change may record several events a workflow names (a reply that also
 * changes the status), and a run covers every job of the workflow and conversation queued before it, since it tests
 * the conversation as it is then ({@link WorkflowService#runQueued}).
 */
public final class WorkflowTriggers implements EventSubscriber {

    private final WorkflowStore store;
    private final JobQueue jobs;
    private final Clock clock;

    public WorkflowTriggers(WorkflowStore store, JobQueue jobs, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void onEvent(Event event) {
        if (event.mailboxId() == null || WorkflowActions.running()) {
            return;
        }
        Optional<WorkflowTrigger> trigger = WorkflowTrigger.of(event.type());
        if (trigger.isEmpty()) {
            return;
        }
        for (Workflow workflow : store.activeAutomatic(event.accountId(), event.mailboxId())) {
            if (workflow.definition().triggers().contains(trigger.get())) {
                jobs.enqueue(JobKind.WORKFLOW_RUN, event.accountId(), workflow.id() + ":" + event.subjectId() + ":"
                        + trigger.get().token() + ":" + clock.millis());
            }
        }
    }
}
