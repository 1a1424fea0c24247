package dev.devflow.testing;

import com.sun.net.httpserver.Headers;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The header lines a CGI program prints before its body (RFC 3875): {@code Status: 404 Not Found}
 * sets the HTTP status, which is 200 without it; the other lines are HTTP headers as they are.
 *
 * @param status  the HTTP status
 * @param headers the other headers, in order
 */
record CgiHeaders(int status, List<Map.Entry<String, String>> headers) {

    private static final int OK = 200;

    /** Reads up to the empty line, so {@code output} is left at the body's first byte. */
    static CgiHeaders read(InputStream output) throws IOException {
        int status = OK;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = line(output); !line.isEmpty(); line = line(output)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.split(" ", 2)[0]);
            } else {
                headers.add(Map.entry(name, value));
            }
        }
        return new CgiHeaders(status, headers);
    }

    void copyTo(Headers response) {
        headers.forEach(header -> response.add(header.getKey(), header.getValue()));
    }

    /** One line without its end, which CGI programs write as LF or CRLF. */
    private static String line(InputStream output) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = output.read(); b != '\n'; b = output.read()) {
            if (b < 0) {
                throw new EOFException("the CGI program ended inside its headers");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
