package org.summittimeline.ui.timeline;

import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.LayoutInput;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * The lanes laid out for a layout pass: the selection's reveal lays them out at the new view, and the frame drawn
 * in the same pass reuses that layout when its input is the same, so a zoom with a selection is laid out once, not
 * twice. What the reveal made is for its own pass alone.
 */
final class PassLayouts {
    private final LayoutEngine engine;
    private LayoutInput revealedInput;
    private TimelineLayout revealedLayout;
    private long made;

    PassLayouts(LayoutEngine engine) {
        this.engine = engine;
    }

    /** The layout the reveal asks for, kept for the frame of this pass. */
    TimelineLayout forReveal(LayoutInput in) {
        revealedInput = in;
        revealedLayout = engine.layout(in);
        made++;
        return revealedLayout;
    }

    /** The frame's layout: the reveal's of this pass when made from the same input, else a new one. */
    TimelineLayout forFrame(LayoutInput in) {
        TimelineLayout layout = in.equals(revealedInput) ? revealedLayout : null;
        endPass();
        if (layout == null) {
            layout = engine.layout(in);
            made++;
        }
        return layout;
    }

    /** The pass is over: what the reveal made is used by no later frame. */
    void endPass() {
        revealedInput = null;
        revealedLayout = null;
    }

    /** How many times the lanes were laid out for a frame or a reveal (not for a cluster's split). */
    long made() {
        return made;
    }
}
