package io.frontdesk.tag;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resolves tag names to account-wide tags, creating new ones. */
public final class TagService {

    static final int MAX_NAME_LENGTH = 100;

    private final TagStore store;
    private final Clock clock;
    private final EventLog events;
    private final Transactions tx;

    public TagService(TagStore store, Clock clock, EventLog events, Transactions tx) {
        this.store = store;
        this.clock = clock;
        this.events = events;
        this.tx = tx;
    }

    /**
     * Existing tags keep their color; new ones get the given color or the default, and record
     * {@link EventType#TAG_CREATED} (tagging is how tags are created). Runs in the caller's transaction.
     */
    public List<Tag> resolve(long accountId, List<TagInput> inputs) {
        return resolve(accountId, inputs, null);
    }

    /** {@link #resolve(long, List)} on behalf of {@code actorUserId} (null: a customer or the system). */
    public List<Tag> resolve(long accountId, List<TagInput> inputs, Long actorUserId) {
        List<Tag> tags = new ArrayList<>();
        for (TagInput input : inputs) {
            String name = input.name();
            if (name == null || name.isBlank()) {
                throw ApiException.invalid(FieldError.of("tags", "NotEmpty", "tag name may not be empty"));
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw ApiException.invalid(FieldError.of("tags", "Size", "tag name is longer than "
                        + MAX_NAME_LENGTH + " characters", name));
            }
            String color = input.color() == null || input.color().isBlank() ? Tag.DEFAULT_COLOR : input.color();
            TagStore.Found found = store.findOrCreate(accountId, name, slug(name), color, clock.instant());
            Tag tag = found.tag();
            if (found.created()) {
                events.record(accountId, EventType.TAG_CREATED, tag.id(), actorUserId, Map.of());
            }
            if (tags.stream().noneMatch(t -> t.id() == tag.id())) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /**
     * Renames and/or recolours a tag (null leaves that part as it is), recording {@link EventType#TAG_UPDATED} when
     * something changed. Another tag of the account with the new name is a conflict: names are unique per account.
     */
    public Tag update(long accountId, Long actorUserId, long tagId, String name, String color) {
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            throw ApiException.invalid(FieldError.of("name", name.isBlank() ? "NotEmpty" : "Size",
                    "tag name must be 1 to " + MAX_NAME_LENGTH + " characters", name));
        }
        if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
            throw ApiException.invalid(FieldError.of("color", "Pattern", "color must be like #c377e0", color));
        }
        return tx.inTransaction(() -> {
            Tag tag = store.find(accountId, tagId).orElseThrow(() -> ApiException.notFound("Tag not found"));
            String newName = name == null ? tag.name() : name;
            String newColor = color == null ? tag.color() : color;
            if (newName.equals(tag.name()) && newColor.equals(tag.color())) {
                return tag;
            }
            if (!newName.equals(tag.name()) && store.findByName(accountId, newName).isPresent()) {
                throw ApiException.conflict("A tag with this name exists",
                        List.of(FieldError.of("name", "Unique", "another tag has this name", newName)));
            }
            Tag updated = store.update(accountId, tagId, newName, slug(newName), newColor, clock.instant());
            events.record(accountId, EventType.TAG_UPDATED, tagId, actorUserId, Map.of());
            return updated;
        });
    }

    /**
     * Deletes a tag; the schema removes it from every customer and conversation. Only {@link EventType#TAG_DELETED}
     * is recorded, before the row goes: the conversations' tag lists change as a consequence of the tag's delete, not
     * by a change to each, so no {@code CONVERSATION_TAGS} is recorded for them (docs/events.md).
     */
    public void delete(long accountId, Long actorUserId, long tagId) {
        tx.run(() -> {
            if (store.find(accountId, tagId).isEmpty()) {
                throw ApiException.notFound("Tag not found");
            }
            events.record(accountId, EventType.TAG_DELETED, tagId, actorUserId, Map.of());
            store.delete(accountId, tagId);
        });
    }

    /** The tag with its conversation count, when it exists. */
    public Optional<TagUsage> usage(long accountId, long tagId) {
        return store.usage(accountId, tagId);
    }

    public List<Tag> list(long accountId) {
        return store.list(accountId);
    }

    /** One page of the account's tags, oldest first, with how many conversations carry each. */
    public Page<TagUsage> page(long accountId, PageRequest request) {
        return store.page(accountId, request);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "tag" : slug;
    }
}
