package tr.manset.comment.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A list of terms on the classpath: one term per line, '#' starts a comment. */
record TermListFile(String name, TermKind kind) {

    static List<Term> readAll(String folder, List<TermListFile> files) {
        List<Term> terms = new ArrayList<>();
        files.forEach(file -> terms.addAll(file.read(folder)));
        return List.copyOf(terms);
    }

    List<Term> read(String folder) {
        String path = folder + name;
        try (InputStream in = TermListFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Term list not found on the classpath: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                .map(TermListFile::withoutComment)
                .filter(line -> !line.isEmpty())
                .map(line -> new Term(line, kind))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read term list " + path, e);
        }
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
