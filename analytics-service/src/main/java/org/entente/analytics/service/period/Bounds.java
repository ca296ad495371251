package org.entente.analytics.service.period;

import java.util.Optional;

/**
 * The first and last item of a range (years, periods), where each may be asked for or taken from the data.
 *
 * @param first the first item
 * @param last  the last item, not before {@code first}
 * @param <T>   the items' type
 */
public record Bounds<T extends Comparable<? super T>>(T first, T last) {

    public Bounds {
        if (last.compareTo(first) < 0) {
            throw new IllegalArgumentException("bounds are inverted: " + first + " > " + last);
        }
    }

    /**
     * The range from {@code from} (or the data's first item) to {@code to} (or the data's last item). A bound
     * taken from the data that would fall on the wrong side of the asked one gives way to it; with neither asked
     * nor data there is no range.
     *
     * @param from      asked first item, or null
     * @param to        asked last item, or null (when both are asked, not before {@code from})
     * @param dataFirst first item with data, or null when there is none
     * @param dataLast  last item with data, or null when there is none
     */
    public static <T extends Comparable<? super T>> Optional<Bounds<T>> resolve(T from, T to, T dataFirst, T dataLast) {
        T first = from != null ? from : dataFirst;
        T last = to != null ? to : dataLast;
        if (first == null && last == null) {
            return Optional.empty();
        }
        if (first == null) {
            first = last;
        } else if (last == null) {
            last = first;
        } else if (last.compareTo(first) < 0) {
            if (from != null) {
                last = first;
            } else {
                first = last;
            }
        }
        return Optional.of(new Bounds<>(first, last));
    }
}
