package io.frontdesk.report;

/** The chat report of a period and, when a previous period was asked for, of that one (else null). */
public record ChatReport(ChatFigures current, ChatFigures previous) {
}
