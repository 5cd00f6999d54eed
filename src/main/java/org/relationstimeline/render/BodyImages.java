package org.relationstimeline.render;

import java.util.List;
import java.util.Optional;

/**
 * The pictures of the site that bodies show from local files: for an image destination written
 * in a body, the resized copies the build publishes. A body rendered outside a site has none, and
 * its images are written as they are (and then sanitised).
 */
@FunctionalInterface
public interface BodyImages {
    /**
     * @param bodyFile the body's file relative to the content folder, as {@code WithBody.bodySource}
     * @param destination the image's destination as written (escapes resolved)
     */
    Optional<Picture> picture(String bodyFile, String destination);

    BodyImages NONE = (bodyFile, destination) -> Optional.empty();

    /**
     * A published picture: the copies at each width, smallest first; {@code src} is the one a
     * browser without srcset shows, and width and height are the largest copy's, so the page
     * keeps the picture's place and proportions before it loads.
     */
    record Picture(String src, int width, int height, List<Size> sizes) {
        public Picture {
            sizes = List.copyOf(sizes);
        }

        /** One copy: its address (base path included) and its pixel size. */
        public record Size(String url, int width, int height) {}

        /** "/images/x-480.jpg 480w, /images/x-960.jpg 960w". */
        public String srcset() {
            StringBuilder out = new StringBuilder();
            for (Size s : sizes) {
                if (!out.isEmpty()) out.append(", ");
                out.append(s.url()).append(' ').append(s.width()).append('w');
            }
            return out.toString();
        }
    }
}
