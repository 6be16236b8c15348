package org.summittimeline.query;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The items a filter shows, as a read-only list over the timeline's own list and the filter's bits: nothing is
 * copied. The window hands it straight to its lists, which ask only for the rows on screen; copying a million
 * quotes into a new list (and the list view's own copy) on every open was a pause of the window. When every
 * item is shown a row is the item at the same place (of the order, when one is given); otherwise the places of
 * the shown items are gathered on first use. {@link #indexOf} finds an item through the timeline's id table, not by walking the list. The items
 * stand in {@code all}'s order, or in an order given as a permutation of it (the quotes in time order).
 */
final class ShownList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> all;
    private final BitSet shown;
    private final int size;
    private final ToIntFunction<T> position;
    /** order[k] is the place in {@code all} of the k-th item in this list's order; null: in {@code all}'s order. */
    private final int[] order;
    /** The inverse of {@link #order}: where the item at each place in {@code all} stands in it; asked for when needed. */
    private final Supplier<int[]> ranks;
    /** positions[i] is the place in {@code all} of the i-th shown item (in this list's order); null while unasked. */
    private volatile int[] positions;

    /** {@code position} gives an item's place in {@code all}, or -1. */
    ShownList(List<T> all, BitSet shown, ToIntFunction<T> position) {
        this(all, shown, position, null, null);
    }

    /** The shown items in the order {@code order} gives ({@code ranks} its inverse), or in {@code all}'s when null. */
    ShownList(List<T> all, BitSet shown, ToIntFunction<T> position, int[] order, Supplier<int[]> ranks) {
        this.all = all;
        this.shown = shown;
        this.size = shown.cardinality();
        this.position = position;
        this.order = order;
        this.ranks = ranks;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return all.get(everyItem() ? (order == null ? index : order[index]) : positions()[index]);
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
        if (order == null) {
            return everyItem() ? p : Arrays.binarySearch(positions(), p);
        }
        int[] rank = ranks.get();
        if (everyItem()) {
            return rank[p];
        }
        // The shown places stand in the order's order: searched by their ranks.
        int[] places = positions();
        int wanted = rank[p];
        int lo = 0;
        int hi = places.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = rank[places[mid]];
            if (r < wanted) {
                lo = mid + 1;
            } else if (r > wanted) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
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
        if (o instanceof ShownList<?> other && other.all == all && other.order == order) {
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
            if (order == null) {
                for (int i = shown.nextSetBit(0); i >= 0 && n < size; i = shown.nextSetBit(i + 1)) {
                    p[n++] = i;
                }
            } else {
                for (int k = 0; k < order.length && n < size; k++) {
                    if (shown.get(order[k])) {
                        p[n++] = order[k];
                    }
                }
            }
            positions = p;
        }
        return positions;
    }
}
