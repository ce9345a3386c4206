package ai.licensing.cli;

import ai.licensing.bom.BomVerdict;
import ai.licensing.bom.ComponentVerdict;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.VerdictJson;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code bom} command's output formats: a table to read, JSON as the API answers, JUnit XML for CI reporters. */
enum BomReport {
    table {
        @Override
        void write(Map<String, BomVerdict> boms, Decision failOn, Writer writer) {
            PrintWriter out = new PrintWriter(writer);
            boms.forEach((file, bom) -> {
                out.printf("%s: %s%n", file, bom.verdict());
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"COMPONENT", "LICENSE", "VERDICT", "WHY"});
                bom.components().forEach(c -> rows.add(new String[] {nameOf(c), c.license() == null ? "-" : c.license(),
                        decisionOf(c).name(), why(c)}));
                int[] widths = new int[3];
                rows.forEach(r -> {
                    for (int i = 0; i < widths.length; i++) {
                        widths[i] = Math.max(widths[i], r[i].length());
                    }
                });
                rows.forEach(r -> out.printf("  %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n", (Object[]) r));
                bom.warnings().forEach(w -> out.printf("  warning: %s%n", w));
            });
            Decision worst = worst(boms);
            out.printf("%s: %s, --fail-on %s%n", passes(worst, failOn) ? "gate passed" : "gate FAILED", worst,
                    failOn.name().toLowerCase(Locale.ROOT).replace("needs_", ""));
            out.flush();
        }
    },
    json {
        @Override
        void write(Map<String, BomVerdict> boms, Decision failOn, Writer out) throws IOException {
            Decision worst = worst(boms);
            List<Map<String, Object>> documents = new ArrayList<>();
            boms.forEach((file, bom) -> {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("file", file);
                document.put("verdict", bom.verdict());
                document.put("components", bom.components());
                document.put("warnings", bom.warnings());
                documents.add(document);
            });
            Map<String, Object> gate = new LinkedHashMap<>();
            gate.put("verdict", worst);
            gate.put("failOn", failOn);
            gate.put("passed", passes(worst, failOn));
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("gate", gate);
            report.put("boms", documents);
            VerdictJson.writer().withDefaultPrettyPrinter().writeValue(out, report);
            out.write(System.lineSeparator());
            out.flush();
        }
    },
    junit {
        @Override
        void write(Map<String, BomVerdict> boms, Decision failOn, Writer out) throws IOException {
            JunitXml.write(out, "license gate", xml -> {
                for (Map.Entry<String, BomVerdict> bom : boms.entrySet()) {
                    List<ComponentVerdict> components = bom.getValue().components();
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("testsuite");
                    xml.writeAttribute("name", bom.getKey());
                    xml.writeAttribute("tests", Integer.toString(components.size()));
                    xml.writeAttribute("failures", Long.toString(components.stream().filter(c -> !passes(decisionOf(c), failOn)).count()));
                    xml.writeAttribute("errors", "0");
                    for (ComponentVerdict c : components) {
                        testcase(xml, bom.getKey(), c, failOn);
                    }
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                }
            });
        }
    };

    abstract void write(Map<String, BomVerdict> boms, Decision failOn, Writer out) throws IOException;

    static boolean passes(Decision decision, Decision failOn) {
        return decision.compareTo(failOn) < 0;
    }

    static Decision worst(Map<String, BomVerdict> boms) {
        return boms.values().stream().map(BomVerdict::verdict).max(Decision::compareTo).orElse(Decision.ALLOWED);
    }

    /** A model without a verdict counts as NEEDS_REVIEW, as in the document's own verdict. */
    private static Decision decisionOf(ComponentVerdict c) {
        return c.verdict() == null ? Decision.NEEDS_REVIEW : c.verdict().verdict();
    }

    private static String nameOf(ComponentVerdict c) {
        if (c.model() != null) {
            return c.model() + " (" + (c.name() != null ? c.name() : c.bomRef()) + ")";
        }
        return c.name() != null ? c.name() : c.bomRef() != null ? c.bomRef() : "(unnamed)";
    }

    /** The problem, the strongest clause, and any license mismatch, in one line. */
    private static String why(ComponentVerdict c) {
        List<String> notes = new ArrayList<>();
        if (c.problem() != null) {
            notes.add(c.problem().title() + ": " + c.problem().detail());
        } else if (c.model() == null) {
            notes.add("not in the catalog; evaluated under its declared license");
        }
        if (c.verdict() != null && !c.verdict().clauses().isEmpty() && c.verdict().clauses().get(0).effect() != Effect.INFO) {
            ClauseHit clause = c.verdict().clauses().get(0);
            notes.add(clause.license() + ":" + clause.section() + " " + clause.title());
        }
        if (c.licenseMismatch() != null) {
            c.licenseMismatch().forEach(m -> notes.add("declared '" + m.declared() + "' is " + m.license() + ", not " + c.license()));
        }
        return String.join("; ", notes);
    }

    private static void testcase(XMLStreamWriter xml, String file, ComponentVerdict c, Decision failOn) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", file);
        xml.writeAttribute("name", nameOf(c));
        Decision decision = decisionOf(c);
        if (!passes(decision, failOn)) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", decision.name());
            xml.writeAttribute("message", decision + (c.license() == null ? "" : " under " + c.license()));
            xml.writeCharacters(why(c));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }
}
