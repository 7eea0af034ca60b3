package dev.lectern.interchange.qti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IMS QTI 2.1 and content-packaging schemas (copies under src/test/resources/interchange/qti-xsd,
 * see its README), loaded once: validating a document lists every schema error with its line.
 */
final class QtiSchema {
    private static final Path DIR = Path.of("src/test/resources/interchange/qti-xsd");
    private static Schema qti;
    private static Schema cp;

    private QtiSchema() {}

    static synchronized Schema qti() {
        if (qti == null) {
            qti = load(DIR.resolve("qtiv2p1/imsqti_v2p1.xsd"));
        }
        return qti;
    }

    static synchronized Schema contentPackage() {
        if (cp == null) {
            cp = load(DIR.resolve("imscp_v1p1.xsd"));
        }
        return cp;
    }

    private static Schema load(Path xsd) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Only the local copies: no schema is fetched from the network.
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return f.newSchema(new StreamSource(xsd.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + xsd + ": " + e.getMessage(), e);
        }
    }

    /** Every schema error in {@code xml}, as {@code line:col: message}; empty when valid. */
    static List<String> errors(Schema schema, byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}
