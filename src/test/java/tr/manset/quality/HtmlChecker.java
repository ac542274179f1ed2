package tr.manset.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu) in this JVM, with the schema its command line uses for HTML. One
 * instance checks one document at a time.
 */
final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlChecker() {
        try {
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker did not start", e);
        }
    }

    /** What the checker says about an HTML document; {@code name} prefixes each message. */
    synchronized Report html(String name, String html) {
        return check(name, html, source -> validator.checkHtmlInputSource(source));
    }

    /** What the checker says about a stylesheet. */
    synchronized Report css(String name, String css) {
        return check(name, css, source -> validator.checkCssInputSource(source));
    }

    private Report check(String name, String text, Check check) {
        collector.start(name);
        InputSource source = new InputSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId(name);
        try {
            check.run(source);
        } catch (IOException | SAXException e) {
            collector.errors.add(name + ": the checker stopped: " + e.getMessage());
        }
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    /** Errors (fatal ones included) and warnings, each as "name:line:column: message". */
    record Report(List<String> errors, List<String> warnings) {

        String describe() {
            return "errors " + errors + "\nwarnings " + warnings;
        }
    }

    private interface Check {
        void run(InputSource source) throws IOException, SAXException;
    }

    private static final class Collector implements ErrorHandler {

        private String name = "";
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void start(String name) {
            this.name = name;
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }

        private String format(SAXParseException e) {
            return name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
