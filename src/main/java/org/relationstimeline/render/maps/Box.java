package org.relationstimeline.render.maps;

/** A rectangle in projected units, y growing southwards. */
record Box(double minX, double minY, double maxX, double maxY) {
    static final Box EMPTY = new Box(
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    boolean isEmpty() {
        return minX > maxX;
    }

    double width() {
        return isEmpty() ? 0 : maxX - minX;
    }

    double height() {
        return isEmpty() ? 0 : maxY - minY;
    }

    Box union(Box o) {
        if (isEmpty()) return o;
        if (o.isEmpty()) return this;
        return new Box(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
    }

    Box including(double x, double y) {
        return union(new Box(x, y, x, y));
    }
}
