package io.frontdesk.cli;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container image's health check: exit 0 when {@code /health/ready} answers 200 on the container's own port
 * ({@code FRONTDESK_PORT}, 8080 in the image), 1 otherwise. A plain main class, without picocli or the server's
 * start-up, since it runs every few seconds beside the server; the image has no curl.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("FRONTDESK_PORT", "8080");
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health/ready")
                    .toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            System.out.println("health/ready: " + status);
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.out.println("health/ready: " + e.getMessage());
            System.exit(1);
        }
    }
}
