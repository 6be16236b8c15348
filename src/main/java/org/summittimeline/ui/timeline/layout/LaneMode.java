package org.summittimeline.ui.timeline.layout;

/** How the timeline groups events into lanes: one lane per category, or one per actor. */
public enum LaneMode { CATEGORY, ACTOR }
