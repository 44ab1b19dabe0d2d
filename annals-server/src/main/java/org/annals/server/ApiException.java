package org.annals.server;

/**
 * A request the server answers with an error status and a message for the client ({@code {"error": "..."}}). The
 * message must be fit to show: it names what was wrong with the request, never internals.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND, message);
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(Status.PAYLOAD_TOO_LARGE,
                "request body too large: the limit is " + limit + " bytes (annals serve --max-body)");
    }

    /** The body could not be read to its end: the client closed the connection or was too slow (read timeout). */
    static ApiException incompleteBody(java.io.IOException cause) {
        return new ApiException(Status.REQUEST_TIMEOUT, "the request body did not arrive in full ("
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                + "; annals serve --read-timeout)");
    }

    static ApiException unavailable(String message) {
        return new ApiException(Status.SERVICE_UNAVAILABLE, message);
    }
}
