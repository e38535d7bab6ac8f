package io.frontdesk.cli;

import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether the server could listen where it is told to, asked before anything is created: a busy port found only when
 * Jetty starts left a data directory, a first-start account and a credentials file behind a failed start.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void check(String host, int port) {
        if (port == 0) {
            return;
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new ConfigException(ConfigKey.HOST.envName() + ": unknown host '" + host + "'");
        }
        try (ServerSocket socket = new ServerSocket()) {
            // as Jetty binds: a port whose last connections are in TIME_WAIT is free
            socket.setReuseAddress(true);
            socket.bind(address);
        } catch (IOException e) {
            throw cannotListen(host, port, e);
        }
    }

    /** Port in use names the port; anything else (an address not on this machine) names both. */
    static ConfigException cannotListen(String host, int port, Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.toLowerCase(java.util.Locale.ROOT).contains("in use")) {
            return new ConfigException(ConfigKey.PORT.envName() + ": port " + port + " on " + host
                    + " is in use (another server?)", cause);
        }
        return new ConfigException(ConfigKey.HOST.envName() + ", " + ConfigKey.PORT.envName() + ": cannot listen on "
                + host + ":" + port + ": " + message, cause);
    }
}
