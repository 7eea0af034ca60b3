package dev.lectern.load;

import java.io.Reader;
import java.io.UncheckedIOException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * SnakeYAML's parser with a ceiling on nesting. SnakeYAML's parser is iterative but its composer recurses once a
 * level, so a sheet of 10,000 {@code [} overflowed the stack; SnakeYAML Engine has no setting for it (SnakeYAML's
 * {@code LoaderOptions.setNestingDepthLimit} is not in the engine), so the events are counted here as the composer
 * takes them and the 65th level throws {@link LimitExceeded}, wrapped, before the composer goes down into it. For
 * streams read once (sheets, column maps); question files get the same limit from {@link YamlSource}'s first pass.
 */
final class DepthLimitedParser implements Parser {
    private final Parser parser;
    private final String file;
    private final String kind;
    private final String need;
    private int depth;

    private DepthLimitedParser(Parser parser, String file, String kind, String need) {
        this.parser = parser;
        this.file = file;
        this.kind = kind;
        this.need = need;
    }

    /**
     * The nodes of every document of {@code reader}, nested at most {@link Limits#MAX_DEPTH} deep; {@code kind} and
     * {@code need} say in the message what the file is and how deep it needs to go.
     */
    static Composer composer(LoadSettings settings, Reader reader, String kind, String need) {
        return new Composer(
                settings,
                new DepthLimitedParser(
                        new ParserImpl(settings, new StreamReader(settings, reader)), settings.getLabel(), kind, need));
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        if (event instanceof CollectionStartEvent && ++depth > Limits.MAX_DEPTH) {
            throw new UncheckedIOException(
                    new LimitExceeded(file, Pos.of(event.getStartMark()), YamlSource.tooDeep(kind, need)));
        }
        if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
            depth--;
        }
        return event;
    }
}
