package org.summittimeline.query;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;

/**
 * A young collection run at a moment the program chooses: when a large file has been read and prepared, off the
 * UI thread, before the window is given it (the shell's {@code OpenedTimeline.of}; also for the file the launcher
 * reads while JavaFX starts, and for each reload of a large file).
 *
 * <p>Why: the first young collection after a large read copies everything the read made since the one before,
 * the last tens of thousands of events and quotes, all still alive. At a million events under {@code -Xmx1g} it
 * takes 30–70 ms. Left to come when the young generation filled up, it came right after the first frame, when the
 * quote list took the new timeline and the word indexes started, and with them it held the window still for
 * 130–190 ms. Run here, while the window shows only the progress bar, it costs the same pause; the collections
 * after it copy little (1–3 ms). Java has no call for a young collection alone ({@code System.gc()} is a full
 * one, 0.6 s at a million events), so this fills what is left of the young generation with arrays that die at
 * once until its collector has run.
 */
public final class YoungCollection {
    /** HotSpot's collectors of a young generation: G1, Parallel, Serial. Others are left alone. */
    private static final Set<String> YOUNG_COLLECTORS = Set.of("G1 Young Generation", "PS Scavenge", "Copy");
    /** 64 KB stays in eden under every collector: G1 puts objects of half a region (512 KB at least) outside it. */
    private static final int FILLER_BYTES = 64 * 1024;
    /**
     * The most filler made, about 50 ms of the reading thread on two cores. A young generation with more room left
     * than this is not filled: its collection would not come in the window's next few pulses either (a large heap,
     * a smaller file).
     */
    static final long MOST_FILLER = 256L << 20;
    /** What the room left may be short by: G1 counts the region being filled as used only once it is full. */
    private static final long SLACK = 16L << 20;
    /** Where each filler array goes, so that the compiler cannot leave it out. */
    private static volatile byte[] filler;

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
     * Runs one young collection before returning, when the young generation has at most {@link #MOST_FILLER}
     * bytes of room left. False when it did not: no young generation the program knows, more room than that, or
     * no memory left even for the filler. Nothing is lost then; the collection comes when it would have.
     */
    public static boolean now() {
        GarbageCollectorMXBean young = collector();
        if (young == null) {
            return false;
        }
        long room = roomLeft();
        if (room > MOST_FILLER) {
            return false;
        }
        long before = young.getCollectionCount();
        try {
            for (long made = 0; made <= Math.min(MOST_FILLER, 2 * room + SLACK); made += FILLER_BYTES) {
                if (young.getCollectionCount() != before) {
                    return true;
                }
                filler = new byte[FILLER_BYTES];
            }
            return young.getCollectionCount() != before;
        } catch (OutOfMemoryError e) {
            // Only the filler's last array failed; what was read is whole.
            return false;
        } finally {
            filler = null;
        }
    }

    /**
     * The bytes eden can still take before its collection: what it has committed less what it holds. Committed is
     * eden's capacity under Parallel and Serial, and its size for this round under G1, which sets it after each
     * collection and does not grow the heap for it between two. 0 when the JVM names no eden pool.
     */
    static long roomLeft() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().endsWith("Eden Space")) {
                MemoryUsage now = pool.getUsage();
                return Math.max(0, now.getCommitted() - now.getUsed());
            }
        }
        return 0;
    }
}
