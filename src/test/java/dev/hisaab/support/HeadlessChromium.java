package dev.hisaab.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian's {@code chromium}) for page tests, driven over the DevTools protocol with the
 * JDK's own WebSocket client: open a page, evaluate script in it, and collect every uncaught exception, console
 * error and browser log error (a Content Security Policy violation, say). No network: only the file it opens.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    /** The browser, or a failure that says how to install it: these tests never skip. */
    public static Path executable() {
        for (String candidate : List.of(System.getenv().getOrDefault("CHROMIUM", ""), "/usr/bin/chromium",
                "/usr/bin/chromium-browser")) {
            if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("headless Chromium is needed for the report tests: apt-get install -y chromium "
                + "(.ci/run installs it)");
    }

    private static List<String> flags(Path profile) {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--user-data-dir=" + profile);
    }

    /** The DOM after the page loaded and its script ran ({@code --dump-dom}). */
    public static String dumpDom(Path html) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(executable().toString()));
        cmd.addAll(flags(profile));
        cmd.add("--dump-dom");
        cmd.add(html.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium --dump-dom did not finish");
        }
        delete(profile);
        return new String(out, StandardCharsets.UTF_8);
    }

    public static HeadlessChromium start() throws IOException, InterruptedException {
        return new HeadlessChromium();
    }

    private HeadlessChromium() throws IOException, InterruptedException {
        profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(executable().toString()));
        cmd.addAll(flags(profile));
        cmd.addAll(List.of("--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1400,1000",
                "about:blank"));
        process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserWs = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = err.readLine(); line != null && System.nanoTime() < deadline; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserWs = m.group(1);
                break;
            }
        }
        if (browserWs == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // the browser went away
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI ws = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        String pageWs = null;
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asString(""))) {
                pageWs = target.get("webSocketDebuggerUrl").asString();
                break;
            }
        }
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(pageWs), new Listener()).join();
        call("Runtime.enable", Map.of());
        call("Log.enable", Map.of());
        call("Page.enable", Map.of());
    }

    /** Loads the file and waits for its load event. */
    public void open(Path html) {
        loaded = new CompletableFuture<>();
        call("Page.navigate", Map.of("url", html.toUri().toString()));
        loaded.orTimeout(120, TimeUnit.SECONDS).join();
    }

    /** The value of a script expression in the page (JSON-able values only). */
    public JsonNode eval(String expression) {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Uncaught exceptions, console errors and browser log errors since start. */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    private JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        socket.sendText(msg.toString(), true).join();
        JsonNode reply = answer.orTimeout(120, TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void event(JsonNode msg) {
        String method = msg.path("method").asString("");
        JsonNode p = msg.path("params");
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asString(""))) {
                    errors.add("console.error: " + p.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if ("error".equals(p.path("entry").path("level").asString(""))) {
                    errors.add("log: " + p.path("entry").path("text").asString(""));
                }
            }
            default -> {
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonNode msg = JSON.readTree(buffer.toString());
                buffer.setLength(0);
                if (msg.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                    if (f != null) {
                        f.complete(msg);
                    }
                } else {
                    event(msg);
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(profile);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a profile file still being written as the browser exits; the temp folder is cleaned later
        }
    }
}
