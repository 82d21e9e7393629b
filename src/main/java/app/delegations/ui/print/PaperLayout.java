package app.delegations.ui.print;

import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.PaperDocument.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a {@link PaperDocument} in a width, as the {@link Piece}s a page break may fall between: the title and each
 * heading (kept with what follows), each line of a paragraph or a quote, a table's header row (kept with the first
 * row, and repeated above each row that opens a page) and each of its rows, each line to write on (kept together,
 * with the whole paragraph that asks for them, unless they are taller than a page: the least number the document
 * asks for; {@link Page} draws more to the foot of the last page). Every word of the document is in exactly one
 * piece's texts, in reading order, but for the source of quotes that follow each other in a section: it is named
 * once, above the first.
 */
final class PaperLayout {
    /** Line spacing: the font's line height times this. */
    private static final double LEADING = 1.12;
    private static final double BLOCK_GAP = 7;
    private static final double HEADING_GAP = 14;
    private static final double TITLE_BELOW = 12;
    private static final double QUOTE_INDENT = 14;
    private static final double QUOTE_BAR = 4;
    /**
     * The least room a quote's mark takes before its words (the document's widest mark and {@link #MARK_GAP} get more),
     * and the gap between two quotes.
     */
    private static final double MARK_WIDTH = 24;
    private static final double MARK_GAP = 5;
    private static final double QUOTE_GAP = 3;
    private static final double CELL_PAD_X = 3;
    private static final double CELL_PAD_Y = 2.5;
    private static final double WRITING_LINE = 20;

    private final TextMeasure measure;
    private final double width;
    private final List<Piece> pieces = new ArrayList<>();
    /** The source of the quotes just set in this section (named once above them), else null. */
    private String quotedSource;
    /** Whether the block just set is a quote (the next one then follows closer). */
    private boolean quoteBefore;
    /** Whether the block being set is followed by lines to write on. */
    private boolean beforeFillIn;
    /** The room before every quote's words: the widest mark of the document fits in it ("[768]"). */
    private double markWidth = MARK_WIDTH;

    private PaperLayout(TextMeasure measure, double width) {
        this.measure = measure;
        this.width = width;
    }

    /** The pieces of {@code document} set in {@code width} points. */
    static List<Piece> pieces(PaperDocument document, double width, TextMeasure measure) {
        var layout = new PaperLayout(measure, width);
        List<Block> blocks = document.blocks();
        for (Block b : blocks) {
            if (b instanceof Quote q && !q.mark().isEmpty()) {
                layout.markWidth = Math.max(layout.markWidth, measure.width(q.mark(), PaperStyle.MARK) + MARK_GAP);
            }
        }
        layout.title(document.title());
        for (int i = 0; i < blocks.size(); i++) {
            layout.block(blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
        return List.copyOf(layout.pieces);
    }

    /** True when the document's last block is lines to write on: its last piece is then one of those lines. */
    static boolean endsInLinesToWrite(PaperDocument document) {
        List<Block> blocks = document.blocks();
        return !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof FillIn f && f.lines() > 0;
    }

    private void block(Block block, Block next) {
        beforeFillIn = next instanceof FillIn; // the lines to write on stay with what asks for them
        if (!(block instanceof Quote)) {
            quoteBefore = false;
        }
        if (block instanceof Heading h) {
            quotedSource = null;
            heading(h);
        } else if (block instanceof Paragraph p) {
            paragraph(p);
        } else if (block instanceof Quote q) {
            quote(q);
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof FillIn f) {
            fillIn(f);
        }
    }

    private double lineHeight(PaperStyle style) {
        return measure.lineHeight(style) * LEADING;
    }

    private void title(String title) {
        var lines = LineWrap.lines(title, PaperStyle.TITLE, width, measure);
        double text = lines.size() * lineHeight(PaperStyle.TITLE);
        var items = placed(lines, 0, 0, lineHeight(PaperStyle.TITLE));
        items.add(new PageItem.Rule(0, text + 3, width, text + 3, 1.2));
        pieces.add(new Piece(text + TITLE_BELOW, 0, true, null, items));
    }

    private void heading(Heading heading) {
        var lines = LineWrap.lines(heading.text(), PaperStyle.HEADING, width, measure);
        double text = lines.size() * lineHeight(PaperStyle.HEADING);
        var items = placed(lines, 0, 0, lineHeight(PaperStyle.HEADING));
        items.add(new PageItem.Rule(0, text + 1, width, text + 1, 0.6));
        pieces.add(new Piece(text + 5, HEADING_GAP, true, null, items));
    }

    private void paragraph(Paragraph paragraph) {
        var runs = new ArrayList<LineWrap.Run>();
        if (!paragraph.label().isBlank()) {
            runs.add(new LineWrap.Run(paragraph.label(), PaperStyle.LABEL));
        }
        runs.add(new LineWrap.Run(paragraph.text(), PaperStyle.BODY));
        int first = pieces.size();
        lines(LineWrap.lines(runs, width, measure), 0, lineHeight(PaperStyle.BODY), beforeFillIn, false);
        for (int i = first; beforeFillIn && i < pieces.size(); i++) { // the whole sentence asking for the lines
            Piece p = pieces.get(i);
            pieces.set(i, new Piece(p.height(), p.spaceBefore(), true, p.header(), p.items()));
        }
    }

    /**
     * A quote: its source on a line above it unless the quote before in the section has the same source, its mark
     * ("[3]") hanging before its first line, its words indented after it (with a bar when it has no mark).
     */
    private void quote(Quote quote) {
        if (!quote.source().isEmpty() && !quote.source().equals(quotedSource)) {
            var source = LineWrap.lines(quote.source(), PaperStyle.SOURCE, width - QUOTE_INDENT, measure);
            lines(source, QUOTE_INDENT, lineHeight(PaperStyle.SOURCE), true, false);
        }
        quotedSource = quote.source();
        boolean marked = !quote.mark().isEmpty();
        double indent = marked ? QUOTE_INDENT + markWidth : QUOTE_INDENT;
        var words = LineWrap.lines(quote.text(), PaperStyle.QUOTE, width - indent, measure);
        int first = pieces.size();
        lines(words, indent, lineHeight(PaperStyle.QUOTE), false, !marked);
        if (marked && pieces.size() > first) {
            Piece p = pieces.get(first);
            var items = new ArrayList<PageItem>();
            items.add(new PageItem.Text(QUOTE_INDENT, 0, quote.mark(), PaperStyle.MARK));
            items.addAll(p.items());
            double gap = first > 0 && quoteBefore ? QUOTE_GAP : p.spaceBefore();
            pieces.set(first, new Piece(p.height(), gap, p.keepWithNext(), null, items));
        }
        quoteBefore = true;
    }

    /**
     * One piece per line, the first after a block's gap, each with the quote's bar when {@code bar}; the last one
     * kept with the next piece if {@code keepLast}.
     */
    private void lines(List<List<PageItem.Text>> lines, double x, double lineHeight, boolean keepLast, boolean bar) {
        for (int i = 0; i < lines.size(); i++) {
            var items = placed(List.of(lines.get(i)), x, 0, lineHeight);
            if (bar) {
                items.add(new PageItem.Rule(QUOTE_BAR, 0, QUOTE_BAR, lineHeight, 1.5));
            }
            boolean last = i == lines.size() - 1;
            pieces.add(new Piece(lineHeight, i == 0 ? BLOCK_GAP : 0, last && keepLast, null, items));
        }
    }

    private void table(Table table) {
        double total = table.weights().stream().mapToDouble(Double::doubleValue).sum();
        int columns = table.headers().size();
        double[] x = new double[columns + 1];
        for (int c = 0; c < columns; c++) {
            double share = total > 0 ? table.weights().get(c) / total : 1.0 / columns;
            x[c + 1] = x[c] + width * share;
        }
        Piece header = row(table.headers(), x, PaperStyle.TABLE_HEADER, BLOCK_GAP, !table.rows().isEmpty(), null);
        pieces.add(header);
        for (List<String> cells : table.rows()) {
            pieces.add(row(cells, x, PaperStyle.TABLE_CELL, 0, false, header));
        }
    }

    /** A table row: each cell wrapped in its column, the row as tall as its tallest cell, a rule under it. */
    private Piece row(List<String> cells, double[] x, PaperStyle style, double gap, boolean keep, Piece header) {
        double lineHeight = lineHeight(style);
        var items = new ArrayList<PageItem>();
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            var lines = LineWrap.lines(cells.get(c), style, x[c + 1] - x[c] - 2 * CELL_PAD_X, measure);
            items.addAll(placed(lines, x[c] + CELL_PAD_X, CELL_PAD_Y, lineHeight));
            most = Math.max(most, lines.size());
        }
        double height = most * lineHeight + 2 * CELL_PAD_Y;
        boolean isHeader = header == null;
        if (isHeader) {
            items.add(new PageItem.Rule(0, 0, width, 0, 0.9));
        }
        items.add(new PageItem.Rule(0, height, width, height, isHeader ? 0.9 : 0.3));
        return new Piece(height, gap, keep, header, items);
    }

    private void fillIn(FillIn fillIn) {
        for (int i = 0; i < fillIn.lines(); i++) {
            var rule = new PageItem.Rule(0, WRITING_LINE - 2, width, WRITING_LINE - 2, 0.5);
            boolean keep = i < fillIn.lines() - 1; // the lines stay together, as one space to write in
            pieces.add(new Piece(WRITING_LINE, i == 0 ? 2 : 0, keep, null, List.of(rule)));
        }
    }

    /** The lines' texts, line {@code i} at {@code y + i × lineHeight}, moved right by {@code x}. */
    private static List<PageItem> placed(List<List<PageItem.Text>> lines, double x, double y, double lineHeight) {
        var items = new ArrayList<PageItem>();
        for (int i = 0; i < lines.size(); i++) {
            for (PageItem.Text t : lines.get(i)) {
                items.add(new PageItem.Text(t.x() + x, y + i * lineHeight, t.text(), t.style()));
            }
        }
        return items;
    }
}
