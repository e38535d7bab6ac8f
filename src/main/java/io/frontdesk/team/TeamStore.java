package io.frontdesk.team;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of teams and their members. */
public interface TeamStore {

    Team insert(long accountId, String name, String timezone, Instant now);

    Optional<Team> find(long accountId, long teamId);

    /** The account's teams, oldest first. */
    Page<Team> page(long accountId, PageRequest page);

    /** Ids of the team's live (not deleted) members, by user id. */
    Page<Long> memberIds(long teamId, PageRequest page);

    /** Adds a member; false when the user already was one. */
    boolean addMember(long teamId, long userId, Instant now);

    /** Makes {@code userIds} the whole membership. */
    void replaceMembers(long teamId, List<Long> userIds, Instant now);
}
