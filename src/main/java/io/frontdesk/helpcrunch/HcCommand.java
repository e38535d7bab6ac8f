package io.frontdesk.helpcrunch;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A request already translated into a core command, with the HelpCrunch paths of its customData values. The reader
 * checks everything it can; the one thing only the core can check is a value against a property Help Scout defined
 * with a type (a number, a date, a dropdown). The core names such a value by its property, so {@link #run} renames
 * it to the path the client sent (`customData[2].value`).
 *
 * @param propertyPaths customData property name → the path of its value in the request
 */
record HcCommand<T>(T value, Map<String, String> propertyPaths) {

    /** Runs the service call, answering core validation errors under HelpCrunch property paths. */
    <R> R run(Supplier<R> work) {
        try {
            return work.get();
        } catch (ApiException e) {
            if (e.kind() != ErrorKind.VALIDATION) {
                throw e;
            }
            throw ApiException.invalid(e.errors().stream().map(this::rename).toList());
        }
    }

    private FieldError rename(FieldError error) {
        String path = propertyPaths.get(error.path());
        return path == null ? error
                : new FieldError(path, HcMessages.NOT_VALID, error.rejectedValue(), error.code(), error.source());
    }
}
