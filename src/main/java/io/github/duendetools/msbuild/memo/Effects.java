package io.github.duendetools.msbuild.memo;

/**
 * What the memo must know of an evaluation's property values and items, which it otherwise only keeps and
 * hands back: when two values are interchangeable, and how to give a replay items of its own.
 *
 * @param <V> a property value
 * @param <I> an item
 */
public interface Effects<V, I> {
    /** Whether two values of a property lead to the same results; either may be null (undefined). */
    boolean sameValue(V a, V b);

    /** A copy of an item for another evaluation to own: later item groups may change it. */
    I copy(I item);
}
