package org.annals.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The answer of errors Jetty raises before any route runs (a request it cannot parse: bad header, bad URI, bad
 * chunking, a body over the limit): the API's JSON error, {@code {"error": "..."}}, never an HTML page or a stack.
 */
final class JsonErrorHandler extends ErrorHandler {

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        int code = status instanceof Integer i ? i : response.getStatus();
        Object message = request.getAttribute(ERROR_MESSAGE);
        String text = message instanceof String m && !m.isBlank() ? m : reason(code);
        if (code >= Status.INTERNAL_ERROR) {
            text = reason(code); // never a server-side detail
        }
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Api.JSON_TYPE);
        response.write(true, ByteBuffer.wrap(ApiJson.error(text).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String reason(int code) {
        String r = org.eclipse.jetty.http.HttpStatus.getMessage(code);
        return r == null ? "error " + code : r.toLowerCase(java.util.Locale.ROOT);
    }
}
