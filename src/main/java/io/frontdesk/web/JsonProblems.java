package io.frontdesk.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was wrong with a body that Jackson could not parse, said in our own words. Jackson's messages name its classes,
 * features and constraints (`bound as com.fasterxml.jackson.databind.JsonNode`, `FAIL_ON_TRAILING_TOKENS`,
 * `StreamReadConstraints.getMaxNestingDepth()`), which tell a client nothing it can act on and tell an attacker what
 * runs here; Help Scout 1.0 shows the message, so it is built here from the kind of failure and where it happened.
 */
final class JsonProblems {

    /** The name comes from the client: echoed only when short, like any rejected value. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,100}?)'");

    private JsonProblems() {
    }

    static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what;
        if (e instanceof StreamConstraintsException) {
            what = constraint(original);
        } else if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            what = "the body ends before the JSON value is complete";
        } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            what = "unexpected content after the JSON value";
        } else if (original.startsWith("Duplicate field")) {
            Matcher matcher = DUPLICATE.matcher(original);
            what = matcher.find() ? "duplicate field '" + matcher.group(1) + "'" : "duplicate field";
        } else if (original.startsWith("Unexpected character") || original.startsWith("Unrecognized token")
                || original.startsWith("Unexpected close marker") || original.startsWith("Illegal")) {
            what = "unexpected character";
        } else {
            what = "not valid JSON";
        }
        return what + where(e.getLocation());
    }

    private static String constraint(String original) {
        if (original.contains("nesting depth")) {
            return "nested more than 64 levels deep";
        }
        if (original.contains("Number value length")) {
            return "a number longer than 100 characters";
        }
        if (original.contains("String value length")) {
            return "a string longer than any field accepts";
        }
        if (original.contains("Name length")) {
            return "a field name longer than any field accepts";
        }
        return "a value beyond what the server reads";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
