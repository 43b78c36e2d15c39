package org.declkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * Requests sent byte for byte over a socket, for what an HTTP client library would tidy up first
 * (dot segments in paths) or refuse to send (a 10 MB request line): the status line that comes back.
 */
final class RawHttp {
    private RawHttp() {}

    /** The status code the server answers {@code request} with, even when it stops reading it part-way. */
    static int status(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException stoppedReading) {
                // The server answered and closed before taking it all: its answer is still there to read.
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) line.write(c);
            String status = line.toString(StandardCharsets.ISO_8859_1);
            if (!status.startsWith("HTTP/1.1 ")) throw new IOException("no status line: " + status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    static int get(int port, String rawPath) throws IOException {
        return status(port, ("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] request(String method, String rawPath, String contentType, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String head = method + " " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        b.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(body);
        return b.toByteArray();
    }
}
