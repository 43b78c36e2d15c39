package org.declkg.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmarks need to run other JVMs: the java launcher, declkg's own jar, free ports, heap figures. */
public final class Children {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private Children() {}

    /** The java launcher of this JVM, so children run on the same Java. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The runnable jar this code was loaded from, if it was loaded from a jar. */
    public static Optional<Path> ownJar() {
        try {
            Path p = Path.of(Children.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A port free on the loopback interface right now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Heap in use in another JVM, in bytes, read with {@code jcmd PID GC.heap_info} (after a full GC
     * when {@code afterGc}); empty when jcmd is not there (a JRE) or cannot attach.
     */
    public static Optional<Long> heapUsed(long pid, boolean afterGc) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) return Optional.empty();
        try {
            if (afterGc) run(jcmd.toString(), String.valueOf(pid), "GC.run");
            String info = run(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
            Matcher m = USED.matcher(info);
            return m.find() ? Optional.of(Long.parseLong(m.group(1)) * 1024) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return new String(out);
    }
}
