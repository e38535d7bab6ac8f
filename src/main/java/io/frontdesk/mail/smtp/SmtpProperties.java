package io.frontdesk.mail.smtp;

import io.frontdesk.config.FrontdeskConfig;

import java.util.Properties;

/** The Jakarta Mail session properties for the configured server; the credentials go to connect, never in here. */
final class SmtpProperties {

    private SmtpProperties() {
    }

    static Properties of(FrontdeskConfig.Smtp smtp) {
        Properties props = new Properties();
        String timeout = Long.toString(smtp.timeout().toMillis());
        props.setProperty("mail.smtp.host", smtp.host().orElseThrow());
        props.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        props.setProperty("mail.smtp.connectiontimeout", timeout);
        props.setProperty("mail.smtp.timeout", timeout);
        props.setProperty("mail.smtp.writetimeout", timeout);
        props.setProperty("mail.smtp.auth", Boolean.toString(smtp.username().isPresent()));
        // A refused recipient among several must not hold back the others: the server sends to the rest and the
        // message counts as sent, since retrying it would send the accepted recipients a second copy.
        props.setProperty("mail.smtp.sendpartial", "true");
        switch (smtp.security()) {
            case STARTTLS -> {
                props.setProperty("mail.smtp.starttls.enable", "true");
                // Required, not opportunistic: a server (or a man in the middle) that drops STARTTLS from its
                // capabilities must not get the password and the customer's mail in clear text.
                props.setProperty("mail.smtp.starttls.required", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                props.setProperty("mail.smtp.ssl.enable", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                props.setProperty("mail.smtp.starttls.enable", "false");
                props.setProperty("mail.smtp.ssl.enable", "false");
            }
        }
        return props;
    }
}
