package dev.lectern.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to paragraphs with commonmark-java: each paragraph one line with its markup gone (emphasis and code keep
 * their text, links their words, images nothing); each list item a paragraph; headings, rules, code blocks and raw
 * HTML blocks are not paragraphs. A YAML front-matter block at the top is left out too.
 */
final class MarkdownText {
    // Front matter is found with two linear searches, an opening line and the first closing line after it: one
    // pattern for the whole block, "(?:.*\R)*?", backtracked exponentially over a run of form feeds (which both
    // '.' and \R match) and recursed once a line, overflowing the stack on a long file with no closing line.
    private static final Pattern FRONT_MATTER_OPENS = Pattern.compile("\\A---[ \\t]*\\R");
    private static final Pattern FRONT_MATTER_CLOSES = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");

    private MarkdownText() {}

    static List<String> paragraphs(String text, Tally dropped) {
        String body = text;
        Matcher opens = FRONT_MATTER_OPENS.matcher(text);
        if (opens.lookingAt()) {
            Matcher closes = FRONT_MATTER_CLOSES.matcher(text);
            if (closes.find(opens.end())) {
                body = text.substring(closes.end());
                dropped.add(Boilerplate.FRONT_MATTER);
            }
        }
        Node document = Parser.builder().build().parse(body);
        Blocks blocks = new Blocks(dropped);
        document.accept(blocks);
        return blocks.paragraphs;
    }

    /** Walks the block structure; each paragraph or list item is flattened by {@link Inline}. */
    private static final class Blocks extends AbstractVisitor {
        private final Tally dropped;
        private final List<String> paragraphs = new ArrayList<>();

        Blocks(Tally dropped) {
            this.dropped = dropped;
        }

        @Override
        public void visit(Paragraph paragraph) {
            add(paragraph);
        }

        @Override
        public void visit(ListItem item) {
            // The item's own paragraphs make one paragraph; a list nested in it makes its own.
            Inline inline = new Inline(dropped);
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    flush(inline);
                    inline = new Inline(dropped);
                    child.accept(this);
                } else if (child instanceof Paragraph) {
                    inline.space();
                    child.accept(inline);
                } else {
                    child.accept(this);
                }
            }
            flush(inline);
        }

        @Override
        public void visit(Heading heading) {
            dropped.add(Boilerplate.HEADING);
        }

        @Override
        public void visit(ThematicBreak rule) {
            dropped.add(Boilerplate.RULE);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            dropped.add(Boilerplate.CODE_BLOCK);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            dropped.add(Boilerplate.CODE_BLOCK);
        }

        @Override
        public void visit(HtmlBlock html) {
            dropped.add(Boilerplate.HTML_BLOCK);
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
        }

        private void add(Node block) {
            Inline inline = new Inline(dropped);
            block.accept(inline);
            flush(inline);
        }

        private void flush(Inline inline) {
            String p = Whitespace.collapse(inline.text.toString());
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
    }

    /** The words of one block, markup removed. */
    private static final class Inline extends AbstractVisitor {
        private final Tally dropped;
        private final StringBuilder text = new StringBuilder();

        Inline(Tally dropped) {
            this.dropped = dropped;
        }

        void space() {
            text.append(' ');
        }

        @Override
        public void visit(Text t) {
            text.append(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(Image image) {
            dropped.add(Boilerplate.IMAGE);
        }

        @Override
        public void visit(HtmlInline html) {
            // a tag such as <sup> or <br>: the text around it stays, the tag goes
            if (html.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<br")) {
                text.append(' ');
            }
        }
    }
}
