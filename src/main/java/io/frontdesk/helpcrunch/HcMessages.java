package io.frontdesk.helpcrunch;

/**
 * The sentences of HelpCrunch's validation errors. HelpCrunch runs on Symfony and its documented errors use the
 * Symfony validator's default messages, so ours do too: clients that show them to people get familiar text.
 */
final class HcMessages {

    static final String NOT_BLANK = "This value should not be blank.";
    static final String STRING = "This value should be of type string.";
    static final String BOOL = "This value should be of type bool.";
    static final String NUMERIC = "This value should be of type numeric.";
    static final String INTEGER = "This value should be of type integer.";
    static final String ARRAY = "This value should be of type array.";
    static final String OBJECT = "This value should be of type object.";
    static final String SCALAR = "This value should be of type scalar.";
    static final String EMAIL = "This value is not a valid email address.";
    static final String LANGUAGE = "This value is not a valid language.";
    static final String CHOICE = "The value you selected is not a valid choice.";
    static final String TIMESTAMP = "This value is not a valid UNIX timestamp.";
    static final String NOT_VALID = "This value is not valid.";
    static final String ALREADY_USED = "This value is already used.";

    private HcMessages() {
    }

    static String tooLong(int max) {
        return "This value is too long. It should have " + max + " characters or less.";
    }

    static String atLeast(long min) {
        return "This value should be greater than or equal to " + min + ".";
    }

    static String atMost(long max) {
        return "This value should be less than or equal to " + max + ".";
    }

    static String countAtLeast(int min) {
        return "This collection should contain " + min + (min == 1 ? " element" : " elements") + " or more.";
    }

    static String countAtMost(int max) {
        return "This collection should contain " + max + (max == 1 ? " element" : " elements") + " or less.";
    }

    static String operatorNotAllowed(String operator, String field) {
        return "The operator \"" + operator + "\" cannot be used with " + field + ".";
    }
}
