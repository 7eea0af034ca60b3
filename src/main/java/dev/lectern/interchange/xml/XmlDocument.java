package dev.lectern.interchange.xml;

import dev.lectern.load.Pos;
import dev.lectern.model.Quoted;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A parsed XML file: a DOM built from SAX events so that every element remembers where it starts, and, for a
 * file that is not well-formed, the first error with its position and the tree read up to it. Elements closed
 * before the error are complete, so a reader can still take every question that precedes a broken one.
 *
 * <p>Parsing is secure: no DTD is allowed (Moodle XML and QTI need none), so no external entity, no entity
 * expansion bomb and no network access can come from a file a teacher was sent.
 */
public final class XmlDocument {
    private static final String POS = "lectern.pos";
    private static final String CLOSED = "lectern.closed";

    /** Where an XML file stopped being well-formed. */
    public record XmlError(Pos pos, String message) {}

    private final Document document;
    private final Optional<XmlError> error;

    private XmlDocument(Document document, Optional<XmlError> error) {
        this.document = document;
        this.error = error;
    }

    public Document document() {
        return document;
    }

    /** The root element, absent when the file broke before its first element. */
    public Optional<Element> root() {
        return Optional.ofNullable(document.getDocumentElement());
    }

    public Optional<XmlError> error() {
        return error;
    }

    /** Where {@code element}'s start tag begins in the file. */
    public static Pos position(Element element) {
        Object pos = element.getUserData(POS);
        return pos instanceof Pos p ? p : Pos.START;
    }

    /** Whether the element's end tag was read: false for the elements open when a broken file stopped. */
    public static boolean complete(Element element) {
        return Boolean.TRUE.equals(element.getUserData(CLOSED));
    }

    /** The child elements of {@code parent} named {@code name} (any namespace), in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every child element of {@code parent}, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    public static Optional<Element> child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    public static XmlDocument parse(byte[] bytes) {
        Document doc = newDocument();
        Builder builder = new Builder(doc, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        Optional<XmlError> error = Optional.empty();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
        } catch (SAXParseException e) {
            error = Optional.of(new XmlError(
                    new Pos(Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
                    plainMessage(e.getMessage())));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            error = Optional.of(new XmlError(Pos.START, plainMessage(String.valueOf(e.getMessage()))));
        }
        return new XmlDocument(doc, error);
    }

    /** The parser's message without its internal prefixes, starting in lower case like Lectern's own messages. */
    private static String plainMessage(String message) {
        String m = message.strip();
        if (m.contains("DOCTYPE is disallowed")) {
            return "the file declares a DOCTYPE; Moodle XML and QTI files need none, and Lectern does not read"
                    + " DTDs (they could pull in other files)";
        }
        return m.isEmpty() ? "not well-formed XML" : "not well-formed XML: " + m;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is not available", e);
        }
    }

    /** Builds the DOM from SAX events, recording where each element starts and which were closed. */
    private static final class Builder extends DefaultHandler {
        private final Document doc;
        private final Deque<Node> open = new ArrayDeque<>();
        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();
        private Locator locator;

        Builder(Document doc, String text) {
            this.doc = doc;
            this.text = text;
            open.push(doc);
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        /** SAX reports the position after a start tag; messages point at its '<'. */
        private Pos tagStart(int line, int column) {
            if (line < 1 || line > lineStarts.size()) {
                return new Pos(Math.max(1, line), Math.max(1, column));
            }
            int offset = Math.min(text.length(), lineStarts.get(line - 1) + Math.max(0, column - 1));
            int lt = text.lastIndexOf('<', Math.max(0, offset - 1));
            if (lt < 0) {
                return new Pos(line, Math.max(1, column));
            }
            int l = line;
            while (l > 1 && lineStarts.get(l - 1) > lt) {
                l--;
            }
            return new Pos(l, lt - lineStarts.get(l - 1) + 1);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            // The parser lets through names that the DOM, with namespaces on, refuses (<:ext>, an attribute ':a').
            Element e;
            try {
                e = uri == null || uri.isEmpty() ? doc.createElementNS(null, qName) : doc.createElementNS(uri, qName);
            } catch (DOMException bad) {
                throw new SAXParseException(Quoted.of(qName) + " is not a valid element name", locator);
            }
            for (int i = 0; i < atts.getLength(); i++) {
                try {
                    attribute(e, atts, i);
                } catch (DOMException bad) {
                    throw new SAXParseException(
                            Quoted.of(atts.getQName(i)) + " is not a valid attribute name", locator);
                }
            }
            if (locator != null) {
                e.setUserData(POS, tagStart(locator.getLineNumber(), locator.getColumnNumber()), null);
            }
            open.peek().appendChild(e);
            open.push(e);
        }

        private static void attribute(Element e, Attributes atts, int i) {
            String attUri = atts.getURI(i);
            if (attUri == null || attUri.isEmpty()) {
                e.setAttribute(atts.getQName(i), atts.getValue(i));
            } else {
                e.setAttributeNS(attUri, atts.getQName(i), atts.getValue(i));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Node done = open.pop();
            done.setUserData(CLOSED, true, null);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Node parent = open.peek();
            if (parent == doc) {
                return;
            }
            String text = new String(ch, start, length);
            parent.appendChild(doc.createTextNode(text));
        }
    }
}
