package io.frontdesk.helpscout.v1;

import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagUsage;
import io.frontdesk.web.Dates;

/**
 * The 1.0 Tag object as the Java SDK reads it: `{id, slug, tag, count, color, createdAt, modifiedAt}`; `tag` is the
 * name and `count` the number of conversations carrying it.
 */
record V1Tag(long id, String slug, String tag, long count, String color, String createdAt, String modifiedAt) {

    static V1Tag of(TagUsage usage) {
        Tag tag = usage.tag();
        return new V1Tag(tag.id(), tag.slug(), tag.name(), usage.conversations(), tag.color(),
                Dates.iso(tag.createdAt()), Dates.iso(tag.updatedAt()));
    }
}
