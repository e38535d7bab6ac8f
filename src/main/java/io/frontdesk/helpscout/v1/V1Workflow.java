package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.web.Dates;
import io.frontdesk.workflow.Workflow;

/** The 1.0 workflow item (reference §7.3): the 2.0 object without links, dates in 1.0's form. */
@JsonPropertyOrder({"id", "mailboxId", "type", "status", "order", "name", "createdAt", "modifiedAt"})
record V1Workflow(long id, long mailboxId, String type, String status, int order, String name, String createdAt,
                  String modifiedAt) {

    static V1Workflow of(Workflow workflow) {
        return new V1Workflow(workflow.id(), workflow.mailboxId(), workflow.type().token(),
                workflow.status().token(), workflow.order(), workflow.name(), Dates.iso(workflow.createdAt()),
                Dates.iso(workflow.modifiedAt()));
    }
}
