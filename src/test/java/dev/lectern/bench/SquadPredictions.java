package dev.lectern.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.SquadSet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * For bench/squad.sh: the SQuAD v1.1 dev set as one Lectern set twice (exact match, and F1 credit), and
 * {@code N} seeded, perturbed prediction sets, each written as the official script reads them
 * ({@code pred-NN.json}, id to answer) and all as one JSON Lines file of sheets (one sheet per prediction set).
 * Perturbations: an accepted answer as written, with its case changed, with an article or punctuation added, with
 * a word dropped or added, with a typo, or another question's answer. No blank answers: Lectern counts a blank as
 * unanswered, while the script compares "" with the answers (and scores it 1 against an answer of ".").
 * Arguments: dev set, output folder, number of prediction sets.
 */
public final class SquadPredictions {
    private SquadPredictions() {}

    public static void main(String[] args) throws IOException {
        Path dev = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int sets = Integer.parseInt(args[2]);
        SquadSet.Written w = SquadSet.write(dev, out);
        String yaml = Files.readString(w.yaml(), StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("squad-dev-f1.yaml"),
                yaml.replace("  type: short\n", "  type: short\n  credit: f1\n"),
                StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        List<List<String>> answers = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(dev.toFile()).get("data")) {
            for (JsonNode p : doc.get("paragraphs")) {
                for (JsonNode qa : p.get("qas")) {
                    ids.add(qa.get("id").asText());
                    List<String> texts = new ArrayList<>();
                    qa.get("answers").forEach(a -> texts.add(a.get("text").asText()));
                    answers.add(texts);
                }
            }
        }
        JsonFactory json = new JsonFactory();
        try (Writer sheets = Files.newBufferedWriter(out.resolve("predictions.jsonl"), StandardCharsets.UTF_8)) {
            for (int s = 1; s <= sets; s++) {
                Random r = new Random(1000 + s);
                List<String> predicted = new ArrayList<>();
                for (int q = 0; q < ids.size(); q++) {
                    predicted.add(perturb(
                            answers.get(q),
                            answers.get(r.nextInt(answers.size())).get(0),
                            r));
                }
                try (JsonGenerator g = json.createGenerator(Files.newBufferedWriter(
                        out.resolve(String.format("pred-%02d.json", s)), StandardCharsets.UTF_8))) {
                    g.writeStartObject();
                    for (int q = 0; q < ids.size(); q++) {
                        g.writeStringField(ids.get(q), predicted.get(q));
                    }
                    g.writeEndObject();
                }
                JsonGenerator g = json.createGenerator(sheets);
                g.writeStartObject();
                g.writeStringField("student", String.format("pred-%02d", s));
                g.writeObjectFieldStart("answers");
                for (int q = 0; q < ids.size(); q++) {
                    g.writeStringField("q-" + ids.get(q), predicted.get(q));
                }
                g.writeEndObject();
                g.writeEndObject();
                g.flush();
                sheets.write('\n');
            }
        }
        System.out.printf("%d questions, %d prediction sets in %s%n", ids.size(), sets, out);
    }

    private static final String[] EXTRA = {"the", "a", "of", "in", "about", "and"};

    private static String perturb(List<String> answers, String other, Random r) {
        String a = answers.get(r.nextInt(answers.size()));
        String[] words = a.split(" ");
        return switch (r.nextInt(9)) {
            case 0 -> a.toUpperCase(java.util.Locale.ROOT);
            case 1 -> "The " + a + ".";
            case 2 -> words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) : a;
            case 3 -> a + " " + EXTRA[r.nextInt(EXTRA.length)] + " " + other;
            case 4 -> {
                int at = r.nextInt(a.length());
                yield a.substring(0, at) + (char) ('a' + r.nextInt(26)) + a.substring(Math.min(a.length(), at + 1));
            }
            case 5 -> other;
            case 6 -> "“" + a + "”";
            default -> a;
        };
    }
}
