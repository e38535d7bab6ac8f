package io.frontdesk.junit;

/**
 * Which journal entries {@link AdminClient#requests} and {@link AdminClient#countRequests} read; null fields match
 * everything. {@code RequestFilter.all().withAccount(account.id()).withMethod("POST")}.
 *
 * @param path  a pattern where {@code *} stands for any characters
 * @param limit the newest N (at most 1000); null for the server's default
 */
public record RequestFilter(Long accountId, String dialect, String method, String path, Integer status,
                            Integer limit) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null, null);
    }

    public RequestFilter withAccount(long accountId) {
        return new RequestFilter(accountId, dialect, method, path, status, limit);
    }

    public RequestFilter withDialect(String dialect) {
        return new RequestFilter(accountId, dialect, method, path, status, limit);
    }

    public RequestFilter withMethod(String method) {
        return new RequestFilter(accountId, dialect, method, path, status, limit);
    }

    public RequestFilter withPath(String path) {
        return new RequestFilter(accountId, dialect, method, path, status, limit);
    }

    public RequestFilter withStatus(int status) {
        return new RequestFilter(accountId, dialect, method, path, status, limit);
    }

    public RequestFilter withLimit(int limit) {
        return new RequestFilter(accountId, dialect, method, path, status, limit);
    }
}
