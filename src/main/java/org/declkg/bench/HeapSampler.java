package org.declkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest heap use of this JVM while it runs, sampled every 20 ms on a thread of its own. */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Peak heap in use so far, in bytes. */
    long peak() { return Math.max(peak, memory.getHeapMemoryUsage().getUsed()); }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
