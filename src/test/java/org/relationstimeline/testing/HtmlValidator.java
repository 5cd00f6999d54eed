package org.relationstimeline.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu), in process: set up once (about a second), then a few tens of
 * milliseconds a page. Only errors count; warnings and information messages are dropped. Not
 * thread-safe: use one per thread.
 */
public final class HtmlValidator {
    /** The schema the vnu command line uses for HTML: HTML with SVG, MathML, ARIA and RDFa Lite. */
    static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidator() {
        try {
            validator = new SimpleDocumentValidator();
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker: " + e, e);
        }
    }

    /** The errors in one HTML file, each as "line:column: message"; empty when it is valid. */
    public List<String> errors(Path file) {
        collector.errors.clear();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (Exception e) {
            collector.errors.add("0:0: could not check: " + e);
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as "consider adding a lang attribute") are advice, not invalidity.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
