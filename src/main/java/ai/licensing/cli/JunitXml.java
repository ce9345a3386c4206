package ai.licensing.cli;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/** The frame of a JUnit XML report (the document and its {@code testsuites} element), shared by the commands that write one. */
final class JunitXml {

    /** Writes the {@code testsuite} elements inside the frame. */
    interface Suites {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private JunitXml() {
    }

    static void write(Writer out, String name, Suites suites) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", name);
            suites.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }
}
