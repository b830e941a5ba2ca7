package dev.assetsync.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What a {@link FaultRule} does to a request it fires on. */
public sealed interface FaultAction {

    /** Answer with an S3-style XML error instead of forwarding. */
    record ErrorResponse(int status, String code, String message) implements FaultAction {

        byte[] xmlBody() {
            return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + escape(code) + "</Code><Message>"
                    + escape(message) + "</Message><RequestId>fault-rule</RequestId></Error>")
                    .getBytes(StandardCharsets.UTF_8);
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** Wait before forwarding. */
    record Delay(Duration duration) implements FaultAction {
    }

    /** Run the hook, then forward (or apply the rule that replaces forwarding). */
    record BeforeForwarding(RequestHook hook) implements FaultAction {
    }

    /**
     * Forward normally, then run the hook once the response has been sent. Blocking in the hook holds only
     * this connection: a client with a connection pool can go on over another one.
     */
    record AfterResponse(ResponseHook hook) implements FaultAction {
    }

    /** Close the client's connection without any response, as a crashed server would. */
    record DropConnection() implements FaultAction {
    }

    /**
     * Forward the request, so that S3 carries it out, then close the client's connection without the response, as
     * when the network fails on the way back. The log records S3's status.
     */
    record LoseResponse() implements FaultAction {
    }

    /** Stop the whole proxy (listener and every open connection, this one included) without responding. */
    record StopProxy() implements FaultAction {
    }
}
