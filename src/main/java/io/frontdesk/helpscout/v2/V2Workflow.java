package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.web.Dates;
import io.frontdesk.workflow.Workflow;

import java.util.Map;

/** The 2.0 workflow object: what Help Scout shows of a workflow (its definition is not on the wire). */
record V2Workflow(long id, long mailboxId, String type, String status, int order, String name, String createdAt,
                  String modifiedAt, @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Workflow of(Workflow workflow, String base) {
        return new V2Workflow(workflow.id(), workflow.mailboxId(), workflow.type().token(),
                workflow.status().token(), workflow.order(), workflow.name(), Dates.iso(workflow.createdAt()),
                Dates.iso(workflow.modifiedAt()),
                new Hal.Links().add("self", base + "/v2/workflows/" + workflow.id()).build());
    }
}
