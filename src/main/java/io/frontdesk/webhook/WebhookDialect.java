package io.frontdesk.webhook;

/** The wire a subscription receives: its event names, bodies, headers and signature are that vendor's. */
public enum WebhookDialect {
    /** Help Scout 2.0 payloads ({@code /v2/webhooks}). */
    HELPSCOUT_V2,
    /** Help Scout 1.0 payloads ({@code /v1/hooks.json}): one hook per account. */
    HELPSCOUT_V1,
    /** HelpCrunch envelopes; subscriptions come from the command line, as the vendor has no API for them. */
    HELPCRUNCH
}
