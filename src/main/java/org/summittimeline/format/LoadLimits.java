package org.summittimeline.format;

/**
 * Caps that keep a hostile or broken file from exhausting memory or the stack. Each has a clear message when
 * exceeded; the defaults fit any real timeline with room to spare.
 */
public record LoadLimits(long maxFileBytes, int maxStringChars, int maxNesting, int maxEvents, int maxQuotes,
                         int maxOtherItems, int maxListItems) {

    public static final LoadLimits DEFAULT = new LoadLimits(
            256L * 1024 * 1024, 65_536, 64, 2_000_000, 5_000_000, 100_000, 10_000);

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxStringChars, maxNesting, maxEvents, maxQuotes, maxOtherItems, maxListItems);
    }
}
