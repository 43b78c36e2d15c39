package org.declkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The highest heap use of this JVM while it runs, sampled every 20 ms on a thread of its own: all in use
 * (garbage included, which the collector lets grow towards the maximum), and what was still in use
 * after a collection (the live data).
 */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakLive;

    HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                peakLive = Math.max(peakLive, afterLastCollection());
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

    /** Peak heap left in use after a collection so far, in bytes. */
    long peakLive() { return Math.max(peakLive, afterLastCollection()); }

    private static long afterLastCollection() {
        long sum = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                sum += pool.getCollectionUsage().getUsed();
        return sum;
    }

    /** Peak heap in use so far, in bytes. */
    long peak() { return Math.max(peak, memory.getHeapMemoryUsage().getUsed()); }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
