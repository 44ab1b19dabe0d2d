package org.annals.server;

/** The HTTP status codes the API answers with. */
final class Status {

    static final int OK = 200;
    static final int CREATED = 201;
    static final int ACCEPTED = 202;
    static final int NO_CONTENT = 204;
    static final int SEE_OTHER = 303;
    static final int BAD_REQUEST = 400;
    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int METHOD_NOT_ALLOWED = 405;
    static final int CONFLICT = 409;
    static final int REQUEST_TIMEOUT = 408;
    static final int PAYLOAD_TOO_LARGE = 413;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    static final int INTERNAL_ERROR = 500;
    static final int SERVICE_UNAVAILABLE = 503;

    private Status() {
    }
}
