package org.declkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium for the browser tests: {@code --dump-dom} and {@code --screenshot} for a page,
 * and a minimal DevTools connection to drive a page that needs clicks (the SPARQL query page).
 * Everything runs on loopback; the browser's own network features are switched off.
 */
final class Chromium implements AutoCloseable {
    private static final List<String> QUIET = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars");

    /** The browser on PATH, if any. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            for (String name : List.of("chromium", "chromium-browser", "google-chrome"))
                if (Files.isExecutable(Path.of(dir, name))) return Optional.of(Path.of(dir, name));
        return Optional.empty();
    }

    /** The DOM of {@code url} after its scripts ran, and optionally a 1280×2000 screenshot of it. */
    static String dumpDom(Path browser, String url, Path screenshot) {
        Path profile = tempProfile();
        try {
            List<String> cmd = new ArrayList<>(List.of(browser.toString()));
            cmd.addAll(QUIET);
            cmd.addAll(List.of("--user-data-dir=" + profile, "--virtual-time-budget=10000", "--window-size=1280,2000"));
            cmd.add("--dump-dom");
            cmd.add(url);
            String dom = runFor(cmd);
            if (screenshot != null) {
                List<String> shot = new ArrayList<>(List.of(browser.toString()));
                shot.addAll(QUIET);
                shot.addAll(List.of("--user-data-dir=" + profile, "--virtual-time-budget=10000", "--window-size=1280,2000",
                        "--screenshot=" + screenshot.toAbsolutePath(), url));
                runFor(shot);
                if (!Files.exists(screenshot)) throw new IllegalStateException("no screenshot written for " + url);
            }
            return dom;
        } finally {
            deleteQuietly(profile);
        }
    }

    private static String runFor(List<String> cmd) {
        try {
            Path out = Files.createTempFile("chromium", ".out");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("chromium did not finish: " + cmd);
            }
            String s = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- a DevTools session ----

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** A browser with one blank page, driven over the DevTools protocol. */
    static Chromium open(Path browser) throws Exception {
        Path profile = tempProfile();
        List<String> cmd = new ArrayList<>(List.of(browser.toString()));
        cmd.addAll(QUIET);
        cmd.addAll(List.of("--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--window-size=1280,2000", "about:blank"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(Files.exists(portFile) && Files.size(portFile) > 0) && System.nanoTime() < end) Thread.sleep(100);
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonArray targets = JSON.parseAny(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).getAsArray();
        String ws = null;
        for (JsonValue t : targets)
            if (t.getAsObject().get("type").getAsString().value().equals("page"))
                ws = t.getAsObject().get("webSocketDebuggerUrl").getAsString().value();
        if (ws == null) throw new IllegalStateException("no page target in " + targets);
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            private final StringBuilder frame = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    JsonObject msg = JSON.parse(frame.toString());
                    frame.setLength(0);
                    if (msg.hasKey("id")) {
                        CompletableFuture<JsonObject> f = self[0].pending.remove(msg.get("id").getAsNumber().value().intValue());
                        if (f != null) f.complete(msg);
                    }
                }
                s.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Chromium(p, profile, socket);
        return self[0];
    }

    /** Sends one DevTools command and waits for its result. */
    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(msg.toString(), true).get(30, TimeUnit.SECONDS);
        JsonObject reply = f.get(60, TimeUnit.SECONDS);
        if (reply.hasKey("error")) throw new IllegalStateException(method + ": " + reply.get("error"));
        return reply.get("result").getAsObject();
    }

    void navigate(String url) throws Exception {
        JsonObject viewport = new JsonObject();
        viewport.put("width", 1280);
        viewport.put("height", 2000);
        viewport.put("deviceScaleFactor", 1);
        viewport.put("mobile", false);
        call("Emulation.setDeviceMetricsOverride", viewport);
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
    }

    /** The value of a JavaScript expression in the page, as a string. */
    String eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", p).get("result").getAsObject();
        if (!result.hasKey("value")) return "";
        JsonValue v = result.get("value");
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    /** Waits until a JavaScript condition holds in the page. */
    void await(String condition, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (eval("!!(" + condition + ")").equals("true")) return;
            Thread.sleep(250);
        }
        throw new IllegalStateException("not true within " + timeout + ": " + condition);
    }

    void screenshot(Path file) throws Exception {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        String data = call("Page.captureScreenshot", p).get("data").getAsString().value();
        Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(profile);
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("declkg-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; the OS clears it
        }
    }
}
