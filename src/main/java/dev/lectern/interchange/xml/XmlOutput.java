package dev.lectern.interchange.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds documents with the JDK's DOM and writes them with its serializer, indented, UTF-8: every text and
 * attribute is escaped by the writer, never by string concatenation of markup.
 */
public final class XmlOutput {
    private final Document doc;

    private XmlOutput(Document doc) {
        this.doc = doc;
    }

    public static XmlOutput create() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new XmlOutput(f.newDocumentBuilder().newDocument());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is not available", e);
        }
    }

    public Document document() {
        return doc;
    }

    /** A new element in no namespace. */
    public Element element(String name) {
        return doc.createElementNS(null, name);
    }

    /** A new element in {@code namespace}. */
    public Element element(String namespace, String name) {
        return doc.createElementNS(namespace, name);
    }

    /** Appends a child element to {@code parent} and returns it. */
    public Element add(Element parent, String name) {
        Element e = parent.getNamespaceURI() == null ? element(name) : element(parent.getNamespaceURI(), name);
        parent.appendChild(e);
        return e;
    }

    /** Appends a child element holding {@code text}. */
    public Element add(Element parent, String name, String text) {
        Element e = add(parent, name);
        e.appendChild(doc.createTextNode(text));
        return e;
    }

    /**
     * Indents elements that hold only elements, and nothing else: the JDK's own indenting also adds white space
     * inside mixed content, which would change a cloze text or the spaces between an article's sentences.
     */
    private void indent(Element e, int depth) {
        boolean elementsOnly = e.hasChildNodes();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            elementsOnly &= c.getNodeType() == Node.ELEMENT_NODE;
        }
        List<Element> children = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                children.add(child);
            }
        }
        for (Element child : children) {
            if (elementsOnly) {
                e.insertBefore(doc.createTextNode("\n" + "  ".repeat(depth + 1)), child);
            }
            indent(child, depth + 1);
        }
        if (elementsOnly) {
            e.appendChild(doc.createTextNode("\n" + "  ".repeat(depth)));
        }
    }

    /** The document as indented UTF-8 bytes with an XML declaration. */
    public byte[] bytes() {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            doc.setXmlStandalone(true);
            indent(doc.getDocumentElement(), 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            String text = out.toString(StandardCharsets.UTF_8);
            // The JDK's serializer puts the root's start tag on the declaration's line; a line break reads better.
            text = text.replaceFirst("\\?><", "?>\n<");
            return (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serializer failed", e);
        }
    }
}
