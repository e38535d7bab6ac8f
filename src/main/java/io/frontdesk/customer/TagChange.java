package io.frontdesk.customer;

import io.frontdesk.tag.TagInput;

import java.util.List;

/** Tags to add to a customer, to remove by name, or to replace the whole set with. */
public sealed interface TagChange {

    record Add(List<TagInput> tags) implements TagChange {
    }

    record Remove(List<String> names) implements TagChange {
    }

    record Replace(List<TagInput> tags) implements TagChange {
    }
}
