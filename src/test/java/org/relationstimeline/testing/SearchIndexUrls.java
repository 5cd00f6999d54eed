package org.relationstimeline.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every URL the built search index hands to the browser: entries, parties and topics. */
public final class SearchIndexUrls {
    private SearchIndexUrls() {}

    public static List<String> of(Path site) {
        List<String> urls = new ArrayList<>();
        try {
            var manifest = JsonParser.parseString(Files.readString(site.resolve("search/manifest.json")))
                    .getAsJsonObject();
            for (String list : List.of("parties", "topics")) {
                for (JsonElement row : manifest.getAsJsonArray(list))
                    urls.add(row.getAsJsonArray().get(2).getAsString());
            }
            try (Stream<Path> chunks = Files.list(site.resolve("search/entries"))) {
                for (Path chunk : chunks.sorted().toList()) {
                    for (JsonElement row :
                            JsonParser.parseString(Files.readString(chunk)).getAsJsonArray()) {
                        urls.add(((JsonArray) row).get(1).getAsString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }
}
