package org.relationstimeline.render.maps;

/** A position in projected units. */
record Point(double x, double y) {}
