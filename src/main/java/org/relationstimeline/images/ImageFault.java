package org.relationstimeline.images;

/** Why a picture cannot be published, and what the editor can do about it. */
final class ImageFault extends Exception {
    private final String hint;

    ImageFault(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
