package org.summittimeline.query;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A young collection run at a moment the program chooses: when a large file has been read and prepared, off the
 * UI thread, before the window is given it (the shell's {@code OpenedTimeline.of}).
 *
 * <p>Why: the first young collection after a large read copies everything the read made since the one before,
 * the last tens of thousands of events and quotes, all still alive. At a million events under {@code -Xmx1g} it
 * takes 30–70 ms. Left to come when the young generation fills, it came right after the first frame, when the
 * quote list took the new timeline and the word indexes started, and with them it held the window still for
 * 130–185 ms. Run here, while the window shows only the progress bar, it costs the same pause; the collections
 * after it copy little (1–3 ms). Java has no call for a young collection alone ({@code System.gc()} is a full
 * one, 0.6 s at a million events), so this fills what is left of the young generation with short-lived arrays
 * until its collector has run once.
 */
public final class YoungCollection {
    /** HotSpot's collectors of a young generation: G1, Parallel, Serial. ZGC and Shenandoah have none. */
    private static final Set<String> YOUNG_COLLECTORS = Set.of("G1 Young Generation", "PS Scavenge", "Copy");
    /** An ordinary object for every collector: G1 takes half a region (512 KB at least) and more as humongous. */
    private static final int FILLER_BYTES = 64 * 1024;
    /**
     * The most of the heap a young generation takes: G1's default bound (its eden is sized afresh after each
     * collection, and Java tells neither its size nor how much of it is left); Parallel's and Serial's take a third.
     */
    private static final double YOUNG_SHARE = 0.6;
    /** Where each filler array goes, so that the compiler cannot leave it out. */
    private static volatile byte[] filler;
    private static final AtomicInteger RUN = new AtomicInteger();

    private YoungCollection() {
    }

    /** The young generation's collector, or null when the JVM's collector has none the program knows. */
    public static GarbageCollectorMXBean collector() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (YOUNG_COLLECTORS.contains(gc.getName())) {
                return gc;
            }
        }
        return null;
    }

    /**
     * Runs one young collection before returning, allocating arrays that die at once until it has, at most as
     * many bytes as the young generation can hold ({@link #YOUNG_SHARE} of the heap). False when the JVM has no
     * young generation the program knows; nothing is lost then, the collection comes when it would have.
     */
    public static boolean now() {
        GarbageCollectorMXBean young = collector();
        if (young == null) {
            return false;
        }
        long most = (long) (Runtime.getRuntime().maxMemory() * YOUNG_SHARE);
        long before = young.getCollectionCount();
        for (long made = 0; made <= most; made += FILLER_BYTES) {
            if (young.getCollectionCount() != before) {
                filler = null;
                RUN.incrementAndGet();
                return true;
            }
            filler = new byte[FILLER_BYTES];
        }
        filler = null;
        return false;
    }

    /** How many collections {@link #now} has run in this JVM. */
    public static int run() {
        return RUN.get();
    }
}
