package io.frontdesk.helpscout.v2;

import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagUsage;
import io.frontdesk.web.Dates;

/**
 * A tag in `GET /v2/tags`: `{id, slug, name, color, createdAt, updatedAt, ticketCount}`. Tags are account-wide and
 * shared with HelpCrunch customer tags; `ticketCount` counts conversations only.
 */
record V2Tag(long id, String slug, String name, String color, String createdAt, String updatedAt, long ticketCount) {

    static V2Tag of(TagUsage usage) {
        Tag tag = usage.tag();
        return new V2Tag(tag.id(), tag.slug(), tag.name(), tag.color(), Dates.iso(tag.createdAt()),
                Dates.iso(tag.updatedAt()), usage.conversations());
    }
}
