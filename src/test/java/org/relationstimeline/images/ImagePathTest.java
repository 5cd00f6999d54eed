package org.relationstimeline.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which destinations name local pictures, where they resolve, and which are refused. */
class ImagePathTest {
    private static final String BODY = "entries/2023/visit.md";

    private static Object resolve(String destination) {
        return ImagePath.resolve(destination, BODY);
    }

    @Test
    void theThreeFormsResolveBelowTheContentFolder() {
        assertThat(resolve("photo.jpg")).isEqualTo(new ImagePath.Resolved.Local("entries/2023/photo.jpg"));
        assertThat(resolve("./pictures/photo.jpg"))
                .isEqualTo(new ImagePath.Resolved.Local("entries/2023/pictures/photo.jpg"));
        assertThat(resolve("../shared/photo.jpg")).isEqualTo(new ImagePath.Resolved.Local("entries/shared/photo.jpg"));
        assertThat(resolve("/images/My%20Map.png")).isEqualTo(new ImagePath.Resolved.Local("images/My Map.png"));
        assertThat(resolve("image:map.png")).isEqualTo(new ImagePath.Resolved.Local("images/map.png"));
        assertThat(resolve("photo.jpg?v=2#x")).isEqualTo(new ImagePath.Resolved.Local("entries/2023/photo.jpg"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://example.org/x.png", "http://example.org/x.png", "/assets/map.png", "#x", "data:x", ""})
    void remoteAddressesAndThemePathsAreNotLocal(String destination) {
        assertThat(resolve(destination)).isInstanceOf(ImagePath.Resolved.NotLocal.class);
        assertThat(ImagePath.isLocal(destination)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../../etc/passwd",
                "/images/../../x.png",
                "image:../../../x.png",
                "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "a%5c..%5c..%5cx.png",
                "photo%00.jpg",
                "photo%zz.jpg",
                "%2fetc%2fpasswd",
                "\\\\host\\x.png",
                "c%3a/x.png",
            })
    void pathsOutOfTheContentFolderOrWithOddCharactersAreRefused(String destination) {
        assertThat(resolve(destination)).isInstanceOf(ImagePath.Resolved.Refused.class);
        assertThat(ImagePath.isLocal(destination)).isTrue();
    }

    @Test
    void fileNamesOfCopiesAreSlugs() {
        assertThat(ImageCatalog.stem("entries/2023/Signing Ceremony (2).JPG")).isEqualTo("signing-ceremony-2");
        assertThat(ImageCatalog.stem("images/Россия.png")).isEqualTo("image");
        assertThat(ImageCatalog.stem("images/" + "a".repeat(100) + ".png")).hasSize(60);
    }
}
