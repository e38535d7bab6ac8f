package io.frontdesk.report;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventSubscriber;

/**
 * The live {@link ReportRecorder} behind the account's rebuild switch: while `reports rebuild` re-derives an account,
 * its events are not recorded as they happen (the rebuild replays them, in order, after the older ones) but noted for
 * the replay. One primary-key read per conversation event when no rebuild runs.
 */
public final class RecordingGate implements EventSubscriber {

    private final ReportRecorder recorder;
    private final RebuildStore rebuilds;

    public RecordingGate(ReportRecorder recorder, RebuildStore rebuilds) {
        this.recorder = recorder;
        this.rebuilds = rebuilds;
    }

    @Override
    public void onEvent(Event event) {
        if (!ReportRecorder.RECORDED.contains(event.type())) {
            return;
        }
        if (rebuilds.rebuilding(event.accountId())) {
            rebuilds.note(event);
            return;
        }
        recorder.onEvent(event);
    }
}
