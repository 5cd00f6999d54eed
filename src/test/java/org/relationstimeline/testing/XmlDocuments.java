package org.relationstimeline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Parses produced XML strictly (namespaces on, no DTDs) and validates it against a schema in src/test/resources. */
public final class XmlDocuments {
    private XmlDocuments() {}

    public static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Validates against {@code src/test/resources/schemas/NAME}; the message of the first error, or empty. */
    public static String validate(Path file, String schema) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.newSchema(Path.of("src/test/resources/schemas", schema).toFile())
                    .newValidator()
                    .validate(new StreamSource(file.toFile()));
            return "";
        } catch (SAXException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates against a RELAX NG compact schema in {@code src/test/resources/schemas/NAME}, with the
     * Jing that the Nu HTML Checker (a test dependency) carries; the errors found, or none.
     */
    public static List<String> validateRelaxNg(Path file, String schema) {
        List<String> errors = new ArrayList<>();
        org.xml.sax.ErrorHandler handler = new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {}

            @Override
            public void error(org.xml.sax.SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) {
                error(e);
            }
        };
        var props = new nu.validator.vendor.thaiopensource.util.PropertyMapBuilder();
        props.put(nu.validator.vendor.thaiopensource.validate.ValidateProperty.ERROR_HANDLER, handler);
        var driver = new nu.validator.vendor.thaiopensource.validate.ValidationDriver(
                props.toPropertyMap(),
                nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader.getInstance());
        try {
            Path rnc = Path.of("src/test/resources/schemas", schema);
            if (!driver.loadSchema(
                    nu.validator.vendor.thaiopensource.validate.ValidationDriver.fileInputSource(rnc.toFile()))) {
                throw new AssertionError("schema " + rnc + " does not load: " + errors);
            }
            driver.validate(
                    nu.validator.vendor.thaiopensource.validate.ValidationDriver.fileInputSource(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    /** Child elements of {@code parent} with a local name in a namespace, in document order. */
    public static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    /** The text of the only child element of that name; fails when there is not exactly one. */
    public static String text(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        if (found.size() != 1)
            throw new AssertionError(
                    "expected one <" + name + "> in <" + parent.getLocalName() + ">, found " + found.size());
        return found.get(0).getTextContent();
    }
}
