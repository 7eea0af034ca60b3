package dev.lectern.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Turns YAML text into SnakeYAML nodes safely. A screen of the parser's events (iterative, so deep input cannot
 * overflow the stack) rejects what the composer must not see: tags, too deep nesting, too many aliases, alias bombs,
 * several documents. Each event is screened before the composer takes it, and the problem reported is the one a
 * screen of the whole stream before composing would report: the screen's, else a syntax error, else the
 * composer's own.
 */
final class YamlSource {
    private YamlSource() {}

    static Optional<Node> read(String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file())
                .setCodePointLimit(Limits.MAX_FILE_BYTES)
                .setBufferSize(bufferSize(text))
                .setMaxAliasesForCollections(Limits.MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // the walker reports duplicates with both positions
                .setAllowNonScalarKeys(true) // YamlMap reports them, with their position
                .setSchema(TEXT_ONLY)
                .build();
        Screened screened = new Screened(new ParserImpl(settings, new StreamReader(settings, text)), problems);
        try {
            try {
                // Composed as screened: keeping every event for a second pass was a sixth of loading a large set.
                Optional<Node> root = new Composer(settings, screened).getSingleNode();
                screened.rest();
                return root;
            } catch (RuntimeException e) {
                // A problem of the composer's own comes after any the screen finds in the rest of the stream, and
                // after any syntax error there: as when the whole stream was screened before composing.
                if (!(e instanceof Screened.Stop) && !screened.failedWith(e)) {
                    screened.rest();
                }
                throw e;
            }
        } catch (Screened.Stop e) {
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            YamlMessages.Located error = YamlMessages.syntax(e, text);
            problems.error(error.pos(), error.message());
        } catch (YamlEngineException e) {
            problems.error(Pos.START, "cannot read this YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * SnakeYAML's reader copies everything from the start of the token it is scanning each time it reads another
     * buffer-full, so with its default 1,024 characters a long scalar costs time quadratic in its length (a 4 MB
     * quoted text on one line took 25 s, a 20 MB one several minutes). With a buffer of up to 1 M characters the
     * copies are 1,000 times fewer; a small file gets a buffer its own size.
     */
    static int bufferSize(String text) {
        return Math.min(text.length() + 1, 1 << 20);
    }

    /** The message for nesting past {@link Limits#MAX_DEPTH} in a file of the kind {@code kind}. */
    static String tooDeep(String kind, String need) {
        return "lists and mappings nested more than " + Limits.MAX_DEPTH + " levels deep, the limit for " + kind
                + " (" + need + "); close the brackets left open, or put a text that starts with '[' or '{' in"
                + " quotes";
    }

    /** A tag as the file wrote it: {@code !!str}, not {@code tag:yaml.org,2002:str}. */
    private static String shown(String tag) {
        String standard = "tag:yaml.org,2002:";
        return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
    }

    /**
     * The schema of a question file: every scalar is read as text ({@link Scalar}), so no node's tag is ever looked
     * at, and the patterns of the standard schema's resolver (is it a bool, an int, a float, null?), run on every
     * plain scalar, cost a twentieth of loading a large set for nothing.
     */
    private static final Schema TEXT_ONLY = new Schema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return (value, implicit) -> Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    /**
     * The parser's events, each screened when first taken from the parser (peeked or taken), for the composer: the
     * screen rejects what the composer must not see (tags, too deep nesting, too many aliases, alias bombs, several
     * documents), reports it and stops the composer with {@link Stop}.
     */
    private static final class Screened implements Parser {
        /** Thrown to the composer's caller once the screen has reported a problem. */
        static final class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Stop() {
                super(null, null, false, false);
            }
        }

        private final Parser parser;
        private final Problems problems;
        private final Deque<long[]> open = new ArrayDeque<>(); // per open collection: nodes inside so far
        private final Map<String, Long> anchorSizes = new HashMap<>();
        private final Deque<String> openAnchors = new ArrayDeque<>();
        private long expanded;
        private int aliases;
        private int documents;
        /** The next event, screened already; null when none has been taken from the parser. */
        private Event next;
        /** What the parser threw, to tell it from what the composer throws. */
        private RuntimeException failure;

        Screened(Parser parser, Problems problems) {
            this.parser = parser;
            this.problems = problems;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            Event event = fill();
            return event != null && event.getEventId() == id;
        }

        @Override
        public Event peekEvent() {
            Event event = fill();
            if (event == null) {
                throw new NoSuchElementException("No more Events found.");
            }
            return event;
        }

        @Override
        public boolean hasNext() {
            return fill() != null;
        }

        @Override
        public Event next() {
            Event event = peekEvent();
            next = null;
            return event;
        }

        /** Screens what the composer left of the stream. */
        void rest() {
            while (fill() != null) {
                next = null;
            }
        }

        boolean failedWith(RuntimeException e) {
            return e == failure;
        }

        private Event fill() {
            if (next == null) {
                try {
                    if (!parser.hasNext()) {
                        return null;
                    }
                    next = parser.next();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
                if (!screen(next)) {
                    throw new Stop();
                }
            }
            return next;
        }

        /** Screens one event: false, with the problem reported, when the document must not be composed. */
        private boolean screen(Event event) {
            // The event's position is made only for a problem: a Pos and an Optional per event were 3 % of what
            // loading the SQuAD set allocated.
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                problems.error(
                        Pos.of(event.getStartMark()),
                        "a question file holds one YAML document; remove this '---' and what follows"
                                + " or move it to a file of its own");
                return false;
            }
            Optional<String> tag = event instanceof ScalarEvent s
                    ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
            if (tag.isPresent()) {
                problems.error(
                        Pos.of(event.getStartMark()),
                        "YAML tags such as '" + shown(tag.get()) + "' are not allowed in question files;"
                                + " remove the tag, or put a text that starts with '!' in quotes");
                return false;
            }
            long size = 0;
            if (event instanceof AliasEvent alias) {
                String name = alias.getAlias().getValue();
                if (++aliases > Limits.MAX_ALIASES) {
                    problems.error(
                            Pos.of(event.getStartMark()),
                            "more than " + Limits.MAX_ALIASES + " aliases ('*name'); question files"
                                    + " need few or none");
                    return false;
                }
                size = anchorSizes.getOrDefault(name, 1L);
            } else if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
                size = 1;
            }
            expanded += size;
            if (expanded > Limits.MAX_EXPANDED_NODES) {
                problems.error(
                        Pos.of(event.getStartMark()),
                        "the aliases in this file expand to more than " + Limits.MAX_EXPANDED_NODES
                                + " values (a 'billion laughs' document?); refusing to read it");
                return false;
            }
            if (!open.isEmpty()) {
                open.peek()[0] += size;
            }
            if (event instanceof ScalarEvent s && s.getAnchor().isPresent()) {
                anchorSizes.put(s.getAnchor().get().getValue(), 1L);
            }
            if (event instanceof CollectionStartEvent c) {
                if (open.size() >= Limits.MAX_DEPTH) {
                    problems.refuse(Pos.of(event.getStartMark()), tooDeep("a question file", "a set needs about six"));
                    return false;
                }
                open.push(new long[] {0});
                openAnchors.push(c.getAnchor().map(a -> a.getValue()).orElse(""));
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                long inside = open.pop()[0];
                String anchor = openAnchors.pop();
                if (!anchor.isEmpty()) {
                    anchorSizes.put(anchor, inside + 1);
                }
                if (!open.isEmpty()) {
                    open.peek()[0] += inside;
                }
            }
            return true;
        }
    }
}
