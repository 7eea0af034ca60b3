package dev.lectern.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic answer sheets for the bundled set 01 as JSON Lines: for each question a seeded mix of right,
 * wrong, partly right and blank answers written as learners type them (letters, texts, lists with ';'), plus
 * about one malformed line in 200. Used by bench/batch.sh and the end-to-end test.
 * <pre>java -cp … dev.lectern.bench.SheetGenerator SHEETS SEED OUT.jsonl</pre>
 */
public final class SheetGenerator {
    /** Per question of set 01: a right answer, a partly right one (or another right form), a wrong one. */
    static final Map<String, String[]> ANSWERS = Map.ofEntries(
            Map.entry("delegation-lead", new String[] {"b", "Vladimir Medinsky", "a"}),
            Map.entry("delegation-members", new String[] {"a; b; c", "a, b", "d; e"}),
            Map.entry("delegation-roles", new String[] {
                "a = 1; b = 2; c = 3; d = 4", "a = 1; b = 2; c = 4; d = 3", "a = 4; b = 3; c = 2; d = 1"
            }),
            Map.entry(
                    "medinsky-former-post",
                    new String[] {"culture minister", "minister of culture", "defence minister"}),
            Map.entry("senior-diplomats-absent", new String[] {"false", "no", "true"}),
            Map.entry("revive-2022-terms", new String[] {
                "Medinsky; 2022; military; Western", "Medinsky; 2021; army; Western", "Lavrov; 2014; navy; Eastern"
            }),
            Map.entry("kyiv-rejected-terms", new String[] {"true", "yes", "false"}),
            Map.entry("road-to-istanbul", new String[] {"a; b; c; d; e", "b; a; c; d; e", "e; d; c; b; a"}),
            Map.entry("not-there-on-thursday", new String[] {"a; b; c", "a; b; d", "d; e"}),
            Map.entry("zelenskiy-ankara", new String[] {"Ankara", "ankara", "Istanbul"}),
            Map.entry("ceasefire-length", new String[] {"30", "30 days", "60"}),
            Map.entry("ceasefire-objection", new String[] {"a", "rearm and regroup", "c"}),
            Map.entry("maximalist-demands", new String[] {"28.1", "10.1", "3.1"}));

    static final String[] IDS = {
        "delegation-lead",
        "delegation-members",
        "delegation-roles",
        "medinsky-former-post",
        "senior-diplomats-absent",
        "revive-2022-terms",
        "kyiv-rejected-terms",
        "road-to-istanbul",
        "not-there-on-thursday",
        "zelenskiy-ankara",
        "ceasefire-length",
        "ceasefire-objection",
        "maximalist-demands"
    };

    private SheetGenerator() {}

    public static void main(String[] args) throws IOException {
        long sheets = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        try (Writer out =
                new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8), 1 << 16)) {
            write(out, sheets, seed);
        }
    }

    /** Writes {@code sheets} lines; student {@code s000042} has a skill that makes right answers likelier. */
    public static void write(Writer out, long sheets, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
        for (long i = 0; i < sheets; i++) {
            if (random.nextInt(200) == 0) {
                json.flush();
                out.write("{\"student\": \"s" + i + "\", \"answers\": {\n"); // a malformed line, on purpose
                continue;
            }
            double skill = random.nextDouble();
            json.writeStartObject();
            json.writeStringField("student", String.format("s%06d", i));
            json.writeObjectFieldStart("answers");
            for (String id : IDS) {
                double r = random.nextDouble();
                if (r < 0.08) {
                    continue; // blank: not on the sheet at all
                }
                String[] forms = ANSWERS.get(id);
                String answer = r < 0.08 + 0.7 * skill ? forms[0] : r < 0.9 ? forms[1] : forms[2];
                json.writeStringField(id, answer);
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        json.flush();
    }
}
