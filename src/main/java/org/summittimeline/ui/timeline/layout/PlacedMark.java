package org.summittimeline.ui.timeline.layout;

import java.util.Arrays;

/**
 * A mark as laid out: one event (a moment's diamond or ring, a span's bar), a cluster of events whose drawn marks
 * overlap in pixels, or a tick of a collapsed lane. What is drawn is what the mouse finds: hit-testing reads the
 * same marks. x is in the lane area's coordinates (0 = the time at the viewport's start), y is the row's centre
 * line in content coordinates. Mutable only while the engine lays it out.
 */
public final class PlacedMark {
    /** What the mark is. */
    public enum Shape { POINT, BAR, CLUSTER, TICK }

    final int lane;
    int row;
    double x0;
    double x1;
    double y;
    Shape shape;
    int event;
    int count = 1;
    /** The events of a cluster (null for a binned cluster of the zoomed-out view, which only counts). */
    int[] members;
    /** The time span a click on the cluster zooms to: from the earliest member's mark to the latest's. */
    long from;
    long to;
    boolean holdsSelection;
    /** The selected event a binned column gave up to a row of its own, or -1. */
    int pulled = -1;
    /** A cluster of the zoomed-out view, counted per column rather than by overlap. */
    boolean binned;
    boolean bar;

    PlacedMark(int lane, int row, double x0, double x1, Shape shape, int event, long from, long to) {
        this.lane = lane;
        this.row = row;
        this.x0 = x0;
        this.x1 = x1;
        this.shape = shape;
        this.event = event;
        this.from = from;
        this.to = to;
        this.bar = shape == Shape.BAR;
    }

    public int lane() { return lane; }
    public int row() { return row; }
    public double x0() { return x0; }
    public double x1() { return x1; }
    public double y() { return y; }
    public Shape shape() { return shape; }
    /** The event drawn, or a cluster's first event. */
    public int event() { return event; }
    public int count() { return count; }
    public long from() { return from; }
    public long to() { return to; }
    public boolean holdsSelection() { return holdsSelection; }
    public boolean isBinned() { return binned; }

    public boolean isCluster() {
        return shape == Shape.CLUSTER;
    }

    public double centre() {
        return (x0 + x1) / 2;
    }

    /** The events of a cluster, or just the event; empty for a binned cluster, whose events are only counted. */
    public int[] members() {
        if (members == null) {
            return binned ? new int[0] : new int[] {event};
        }
        return Arrays.copyOf(members, count);
    }

    boolean contains(int position) {
        if (members == null) {
            return event == position;
        }
        for (int k = 0; k < count; k++) {
            if (members[k] == position) {
                return true;
            }
        }
        return false;
    }

    void addMember(int position) {
        if (members == null) {
            members = new int[] {event, 0, 0, 0};
        } else if (count == members.length) {
            members = Arrays.copyOf(members, count * 2);
        }
        members[count++] = position;
        shape = Shape.CLUSTER;
    }

    void removeMember(int position) {
        for (int k = 0; k < count; k++) {
            if (members[k] == position) {
                System.arraycopy(members, k + 1, members, k, count - k - 1);
                count--;
                event = members[0];
                return;
            }
        }
    }

    @Override
    public String toString() {
        return shape + "#" + event + (count > 1 ? "x" + count : "") + "[" + Math.round(x0) + ".." + Math.round(x1)
                + " lane " + lane + " row " + row + "]";
    }
}
