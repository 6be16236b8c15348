package org.summittimeline.query;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.ToIntFunction;

/**
 * The items a filter shows, as a read-only list over the timeline's own list and the filter's bits: nothing is
 * copied. The window hands it straight to its lists, which ask only for the rows on screen; copying a million
 * quotes into a new list (and the list view's own copy) on every open was a pause of the window. When every
 * item is shown a row is the item at the same place; otherwise the places of the shown items are gathered on
 * first use. {@link #indexOf} finds an item through the timeline's id table, not by walking the list.
 */
final class ShownList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> all;
    private final BitSet shown;
    private final int size;
    private final ToIntFunction<T> position;
    /** positions[i] is the place in {@code all} of the i-th shown item; null while every item is shown or unasked. */
    private volatile int[] positions;

    /** {@code position} gives an item's place in {@code all}, or -1. */
    ShownList(List<T> all, BitSet shown, ToIntFunction<T> position) {
        this.all = all;
        this.shown = shown;
        this.size = shown.cardinality();
        this.position = position;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return all.get(everyItem() ? index : positions()[index]);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int indexOf(Object o) {
        int p;
        try {
            p = o == null ? -1 : position.applyAsInt((T) o);
        } catch (ClassCastException notOurs) {
            return -1;
        }
        if (p < 0 || p >= all.size() || !shown.get(p) || !all.get(p).equals(o)) {
            return -1;
        }
        if (everyItem()) {
            return p;
        }
        return Arrays.binarySearch(positions(), p);
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o); // ids are unique: an item stands in the list once
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Two views of the same items through equal bits are equal at once; anything else compares row by row. */
    @Override
    public boolean equals(Object o) {
        if (o instanceof ShownList<?> other && other.all == all) {
            return other.shown.equals(shown);
        }
        return o instanceof List<?> list && list.size() == size && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode(); // as List requires; nothing here asks for it
    }

    private boolean everyItem() {
        return size == all.size();
    }

    private int[] positions() {
        if (positions == null) {
            int[] p = new int[size];
            int n = 0;
            for (int i = shown.nextSetBit(0); i >= 0 && n < size; i = shown.nextSetBit(i + 1)) {
                p[n++] = i;
            }
            positions = p;
        }
        return positions;
    }
}
