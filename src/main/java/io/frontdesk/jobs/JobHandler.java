package io.frontdesk.jobs;

/**
 * Runs one kind of job. The worker calls it inside a transaction that also marks the job done, so work the handler
 * does through the stores commits together with that mark: it happens once even when two nodes race for a job whose
 * lease ran out (the later one finds the job done and rolls back). A handler throws to have the job tried again later;
 * it must tolerate finding its work already done (a customer already gone), since an operator may retry failed jobs.
 */
@FunctionalInterface
public interface JobHandler {

    void run(ClaimedJob job);
}
