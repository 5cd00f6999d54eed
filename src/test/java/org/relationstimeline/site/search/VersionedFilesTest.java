package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.OutputFile;

class VersionedFilesTest {
    private final AtomicInteger made = new AtomicInteger();

    private VersionedFiles files(String lazyText) {
        VersionedFiles files = new VersionedFiles();
        files.addText("search/groups/0.json", "{\"a\":[\"b\"]}\n");
        files.add("search/entries/0.json", () -> {
            made.incrementAndGet();
            return lazyText;
        });
        return files;
    }

    @Test
    void theVersionIsTheSameWhetherTheFilesWereWrittenFirstOrNot() {
        VersionedFiles written = files("[1]");
        for (OutputFile f : written.files()) f.content();
        assertThat(made).as("made once, as it was written").hasValue(1);
        String afterWriting = written.version();
        assertThat(made).as("not made again for the version").hasValue(1);

        assertThat(files("[1]").version()).isEqualTo(afterWriting).matches("[0-9a-f]{16}");
    }

    @Test
    void theVersionChangesWhenAFileOrItsNameDoes() {
        String version = files("[1]").version();
        assertThat(files("[2]").version()).isNotEqualTo(version);
        VersionedFiles renamed = new VersionedFiles();
        renamed.addText("search/groups/1.json", "{\"a\":[\"b\"]}\n");
        renamed.add("search/entries/0.json", () -> "[1]");
        assertThat(renamed.version()).isNotEqualTo(version);
    }

    @Test
    void eachFileHoldsWhatItsMakerGives() {
        List<OutputFile> out = files("[1]").files();
        assertThat(out).extracting(OutputFile::file).containsExactly("search/groups/0.json", "search/entries/0.json");
        assertThat(new String(out.get(1).content(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("[1]");
    }
}
