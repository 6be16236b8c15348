package org.summittimeline.ui.timeline;

/**
 * Where a mark's tooltip stands: right of the pointer where the timeline has room for it there, else left of it,
 * and never wider than the timeline leaves on that side. Up to 640 px wide right of a mark near the timeline's right
 * edge, it covered the quote panel, and the first click there only closed it.
 *
 * @param maxWidth      the widest the tooltip may be
 * @param leftOfPointer whether it ends left of the pointer rather than starting right of it
 */
record TooltipPlace(double maxWidth, boolean leftOfPointer) {
    /** The widest a tooltip is, where the timeline has the room: a line of about 90 letters. */
    static final double WIDEST = 640;
    /** Narrower than this, a tooltip's lines are a few words each: the other side is taken where it has more room. */
    static final double NARROWEST = 320;
    /** Between the pointer and the tooltip. */
    static final double GAP = 14;

    /** For the pointer at screen x {@code pointer} over a timeline from {@code left} to {@code right}. */
    static TooltipPlace beside(double pointer, double left, double right) {
        double after = right - pointer - GAP;
        double before = pointer - left - GAP;
        if (after >= NARROWEST || after >= before) {
            return new TooltipPlace(Math.max(NARROWEST / 2, Math.min(WIDEST, after)), false);
        }
        return new TooltipPlace(Math.max(NARROWEST / 2, Math.min(WIDEST, before)), true);
    }
}
