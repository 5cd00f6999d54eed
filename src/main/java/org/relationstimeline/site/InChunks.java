package org.relationstimeline.site;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A list mapped as it is read, a chunk at a time, each chunk's items side by side: a file written
 * from it (the export of every entry) never holds all the mapped items at once, and still uses
 * both cores. Lists too short to gain from threads are mapped in order.
 */
final class InChunks<T, R> extends AbstractCollection<R> {
    /** Enough items to share between threads, few enough that a chunk of exported entries stays small. */
    static final int CHUNK = 1024;
    /** Lists shorter than this are mapped in order: threads would cost more than they save. */
    static final int PARALLEL_FROM = 1000;

    private final List<T> items;
    private final Function<T, R> map;

    InChunks(List<T> items, Function<T, R> map) {
        this.items = items;
        this.map = map;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Iterator<R> iterator() {
        return new Iterator<>() {
            private int next;
            private List<R> chunk = List.of();
            private int inChunk;

            @Override
            public boolean hasNext() {
                return next < items.size();
            }

            @Override
            public R next() {
                if (!hasNext()) throw new NoSuchElementException();
                if (inChunk == chunk.size()) {
                    List<T> part = items.subList(next, Math.min(items.size(), next + CHUNK));
                    chunk = items.size() >= PARALLEL_FROM
                            ? part.parallelStream().map(map).toList()
                            : part.stream().map(map).toList();
                    inChunk = 0;
                }
                next++;
                return chunk.get(inChunk++);
            }
        };
    }
}
