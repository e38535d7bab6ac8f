package io.frontdesk.jobs;

import io.frontdesk.queue.Claimed;

/**
 * A job that one node has claimed until its lease runs out.
 *
 * @param id        the jobs row
 * @param kind      the stored kind name ({@link JobKind#stored()})
 * @param accountId the account it belongs to, or null
 * @param payload   what the handler needs
 * @param attempts  how many attempts were made before this one
 */
public record ClaimedJob(long id, String kind, Long accountId, String payload, int attempts) implements Claimed {
}
