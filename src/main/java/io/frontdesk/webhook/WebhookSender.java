package io.frontdesk.webhook;

import java.net.URI;
import java.util.Map;

/** Sends one attempt: a POST of {@code body} with {@code headers}. Never throws; failures are in the result. */
@FunctionalInterface
public interface WebhookSender {

    SendResult post(URI url, Map<String, String> headers, byte[] body);
}
