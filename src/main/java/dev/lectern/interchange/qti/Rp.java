package dev.lectern.interchange.qti;

import dev.lectern.interchange.xml.XmlOutput;
import java.math.BigDecimal;
import org.w3c.dom.Element;

/** Builds QTI response-processing expressions and declarations: small helpers over the DOM, one per construct. */
final class Rp {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    private final XmlOutput out;

    Rp(XmlOutput out) {
        this.out = out;
    }

    Element el(String name) {
        return out.element(NS, name);
    }

    Element add(Element parent, String name) {
        Element e = el(name);
        parent.appendChild(e);
        return e;
    }

    Element add(Element parent, String name, String text) {
        Element e = add(parent, name);
        e.appendChild(out.document().createTextNode(text));
        return e;
    }

    Element variable(String id) {
        Element v = el("variable");
        v.setAttribute("identifier", id);
        return v;
    }

    Element base(String type, String value) {
        Element b = el("baseValue");
        b.setAttribute("baseType", type);
        b.appendChild(out.document().createTextNode(value));
        return b;
    }

    Element number(double value) {
        return base("float", plain(value));
    }

    /** {@code <name>children…</name>}. */
    Element op(String name, Element... children) {
        Element e = el(name);
        for (Element c : children) {
            e.appendChild(c);
        }
        return e;
    }

    Element set(String outcome, Element value) {
        Element s = el("setOutcomeValue");
        s.setAttribute("identifier", outcome);
        s.appendChild(value);
        return s;
    }

    Element mapResponse(String response) {
        Element m = el("mapResponse");
        m.setAttribute("identifier", response);
        return m;
    }

    /** {@code if (condition) { then… } else { otherwise… }}; {@code otherwise} may be empty. */
    Element condition(Element test, Element[] then, Element... otherwise) {
        Element rc = el("responseCondition");
        Element responseIf = add(rc, "responseIf");
        responseIf.appendChild(test);
        for (Element t : then) {
            responseIf.appendChild(t);
        }
        if (otherwise.length > 0) {
            Element responseElse = add(rc, "responseElse");
            for (Element o : otherwise) {
                responseElse.appendChild(o);
            }
        }
        return rc;
    }

    static Element[] of(Element... elements) {
        return elements;
    }

    Element declaration(String kind, String id, String cardinality, String baseType) {
        Element d = el(kind);
        d.setAttribute("identifier", id);
        d.setAttribute("cardinality", cardinality);
        if (baseType != null) {
            d.setAttribute("baseType", baseType);
        }
        return d;
    }

    Element outcome(String id, String cardinality, String baseType, String defaultValue) {
        Element d = declaration("outcomeDeclaration", id, cardinality, baseType);
        if (defaultValue != null) {
            add(add(d, "defaultValue"), "value", defaultValue);
        }
        return d;
    }

    static String plain(double value) {
        BigDecimal v = BigDecimal.valueOf(value).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }
}
