package ai.licensing.cli;

import ai.licensing.scenario.Coverage;
import ai.licensing.scenario.ScenarioResult;
import ai.licensing.scenario.SuiteResult;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, GitHub test reporters): a {@code testsuite} per scenario file,
 * a {@code testcase} per scenario, a {@code failure} carrying the explanation. The format has no place for
 * coverage; the command prints it separately.
 */
final class JunitReport implements TestReport {

    @Override
    public void write(SuiteResult suite, Coverage coverage, Writer out) throws IOException {
        JunitXml.write(out, "license scenarios", xml -> {
            counts(xml, suite.results().size(), suite.failed(), suite.seconds());
            for (SuiteResult.FileResult file : suite.files()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", file.file());
                counts(xml, file.results().size(), file.failed(), file.seconds());
                for (ScenarioResult result : file.results()) {
                    testcase(xml, file.file(), result);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
        });
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, double seconds) throws XMLStreamException {
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", time(seconds));
    }

    private static void testcase(XMLStreamWriter xml, String file, ScenarioResult result) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", file);
        xml.writeAttribute("name", result.scenario().name());
        xml.writeAttribute("time", time(result.seconds()));
        if (!result.passed()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", "ScenarioFailure");
            xml.writeAttribute("message", result.summary());
            xml.writeCharacters(result.explain());
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
