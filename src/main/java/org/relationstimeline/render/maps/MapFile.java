package org.relationstimeline.render.maps;

import org.relationstimeline.render.charts.ChartMarkup;

/**
 * A map drawn into a file of its own: the figure its page prints (the {@code <object>} that shows
 * the file, and the caption), and the file's SVG text.
 */
record MapFile(ChartMarkup figure, String document) {}
