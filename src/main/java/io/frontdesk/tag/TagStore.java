package io.frontdesk.tag;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of tags. */
public interface TagStore {

    /** A tag found or created by {@link #findOrCreate}; {@code created} when this call inserted it. */
    record Found(Tag tag, boolean created) {
    }

    /**
     * The tag with this exact (case-sensitive) name, created with {@code color} when absent. Safe under concurrent
     * callers: two creates of one new name yield one tag, and only one of them says it created it.
     */
    Found findOrCreate(long accountId, String name, String slug, String color, Instant now);

    /** The tag with its conversation count, as Help Scout renders it. */
    Optional<TagUsage> usage(long accountId, long tagId);

    Optional<Tag> findByName(long accountId, String name);

    Optional<Tag> find(long accountId, long tagId);

    /** Sets the tag's name, slug and color; returns the tag as stored. */
    Tag update(long accountId, long tagId, String name, String slug, String color, Instant now);

    /** Deletes the tag; its customer and conversation taggings go with it (the schema cascades them). */
    boolean delete(long accountId, long tagId);

    List<Tag> list(long accountId);

    /** One page of the account's tags by id, each with its conversation count. */
    Page<TagUsage> page(long accountId, PageRequest request);
}
