package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InChunksTest {
    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1, InChunks.CHUNK - 1, InChunks.CHUNK, InChunks.CHUNK + 1, 3 * InChunks.CHUNK + 7})
    void itGivesEveryItemMappedInOrder(int n) {
        List<Integer> items = IntStream.range(0, n).boxed().toList();
        List<String> read = new ArrayList<>(new InChunks<>(items, i -> "#" + i));
        assertThat(read).isEqualTo(items.stream().map(i -> "#" + i).toList());
        assertThat(new InChunks<>(items, i -> i).size()).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {3 * InChunks.CHUNK + 7})
    void itMapsAChunkOnlyWhenTheReaderReachesIt(int n) {
        AtomicInteger mapped = new AtomicInteger();
        var chunks = new InChunks<>(IntStream.range(0, n).boxed().toList(), i -> mapped.incrementAndGet());
        var it = chunks.iterator();
        assertThat(mapped).hasValue(0);
        it.next();
        assertThat(mapped).hasValue(InChunks.CHUNK);
        for (int i = 1; i < InChunks.CHUNK; i++) it.next();
        assertThat(mapped)
                .as("the first chunk read to its end, the next not begun")
                .hasValue(InChunks.CHUNK);
        it.next();
        assertThat(mapped).hasValue(2 * InChunks.CHUNK);
    }
}
