package org.summittimeline.format;

/**
 * Caps that keep a hostile or broken file from exhausting memory or the stack. Each has a clear message when
 * exceeded; the defaults fit any real timeline with room to spare.
 */
public record LoadLimits(long maxFileBytes, int maxStringChars, int maxNesting, int maxEvents, int maxQuotes,
                         int maxOtherItems, int maxListItems) {

    public static final LoadLimits DEFAULT = new LoadLimits(
            256L * 1024 * 1024, 65_536, 64, 2_000_000, 5_000_000, 100_000, 10_000);

    /**
     * The defaults, with a file cap that follows the memory Java may use: a loaded timeline with its indexes takes
     * about 1.3 times its file, so a file up to 1/1.3 of the heap is read (never less than the default 256 MB).
     * With {@code -Xmx1g} that admits a million events (655 MB).
     */
    public static LoadLimits forMemory(long maxHeapBytes) {
        return DEFAULT.withMaxFileBytes(Math.max(DEFAULT.maxFileBytes(), maxHeapBytes / 13 * 10));
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxStringChars, maxNesting, maxEvents, maxQuotes, maxOtherItems, maxListItems);
    }
}
