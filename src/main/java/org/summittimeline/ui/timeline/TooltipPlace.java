package org.summittimeline.ui.timeline;

/**
 * Where a mark's tooltip stands: right of the pointer where the timeline has room for the whole of it there, else
 * left of it where that side has, else on the roomier side, and never wider than the timeline leaves on that side.
 * Up to 640 px wide right of a mark near the timeline's right edge, it covered the quote panel, and the first click
 * there only closed it.
 *
 * @param maxWidth      the widest the tooltip may be
 * @param leftOfPointer whether it ends left of the pointer rather than starting right of it
 */
record TooltipPlace(double maxWidth, boolean leftOfPointer) {
    /** The widest a tooltip is, where the timeline has the room: a line of about 90 letters. */
    static final double WIDEST = 640;
    /** The narrowest it is made, even where the timeline leaves less on both sides. */
    static final double NARROWEST = 160;
    /** Between the pointer and the tooltip. */
    static final double GAP = 14;
    /** Below the pointer, the tooltip starts this far down, clear of the pointer's arrow. */
    static final double BELOW = 22;

    /**
     * For the pointer at screen x {@code pointer} over a timeline from {@code left} to {@code right}, and a tooltip
     * {@code wanted} wide with its lines unbroken.
     */
    static TooltipPlace beside(double pointer, double left, double right, double wanted) {
        double after = right - pointer - GAP;
        double before = pointer - left - GAP;
        double width = Math.min(WIDEST, wanted);
        boolean leftOf = after < width && (before >= width || before > after);
        return new TooltipPlace(Math.max(NARROWEST, Math.min(width, leftOf ? before : after)), leftOf);
    }

    /**
     * Whether a tooltip {@code height} high stands above the pointer at screen y {@code pointer}, over a timeline
     * from {@code top} to {@code bottom}: where below it would run out of the timeline (over the details of the
     * event, at a lane near the bottom) and above it fits.
     */
    static boolean above(double pointer, double top, double bottom, double height) {
        return pointer + BELOW + height > bottom && pointer - GAP - height >= top;
    }
}
