package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    @Test
    void rootIsTheEmptyPathWithATrailingSlash() {
        assertThat(RequestPath.parse("/")).hasValue(new RequestPath(List.of(), true));
    }

    @Test
    void segmentsAreDecodedOnce() {
        RequestPath p = RequestPath.parse("/relations/c%C3%B4te-d-ivoire/").orElseThrow();
        assertThat(p.segments()).containsExactly("relations", "côte-d-ivoire");
        assertThat(p.trailingSlash()).isTrue();
        assertThat(RequestPath.parse("/assets/style.css").orElseThrow().relative())
                .isEqualTo("assets/style.css");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "relative",
                "/..",
                "/a/../b",
                "/%2e%2e/x",
                "/%2E%2e/x",
                "/.%2e/x",
                "/%252e%252e/x",
                "/a%2fb",
                "/a%5Cb",
                "/a\\b",
                "/a%00b",
                "/a%0ab",
                "/a//b",
                "/./a",
                "/C:/x",
                "/%",
                "/%zz",
                "/%c0%ae%c0%ae/",
                "/%ff"
            })
    void refusesAnythingThatCouldLeaveTheFolder(String raw) {
        assertThat(RequestPath.parse(raw)).as(raw).isEmpty();
    }
}
