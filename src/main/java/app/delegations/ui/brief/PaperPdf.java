package app.delegations.ui.brief;

import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.PaperDocument.Table;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Writes a {@link PaperDocument} as a PDF: A4 with 2 cm margins, DejaVu Sans embedded (so Polish and Cyrillic
 * letters print), the title first, every page numbered "2 / 3" at its foot beside the title. A table's header row
 * is repeated on every page it continues on; a heading never ends a page (it moves to the next page with the start
 * of what follows it, or, for a section with lines to fill in, with its sentences and the least number of lines it
 * asks for: {@link FillIn}); lines to fill in take the rest of the page they stand on, so a section of them that
 * ends the document fills its last page rather than leave it for a sheet of its own; a quote is indented (its
 * words as given, no quotation marks added; its mark, "[3]", hanging before it), its source above it unless the
 * quote before in the section has the same source. The fonts are read once per writer, which may then write any number of documents,
 * one at a time.
 */
public final class PaperPdf {
    /** The steps a document is written in, as told to an {@link ExportProgress}. */
    public static final int STEPS = 2;
    /** Where the embedded fonts are, and their files: regular, then bold. */
    static final String FONT_FOLDER = "/app/delegations/fonts/";
    static final List<String> FONTS = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
    static final float MARGIN = 56.7f; // 2 cm
    /**
     * A heading starts a new page when less than this is left for it: room for itself (its spacing and line, about
     * 32 points) and the first lines of what follows (a source's name and two lines of its first quote, or a
     * table's header and first row).
     */
    private static final float KEEP_WITH_NEXT = 80f;
    /** The height a heading takes: its spacing above and below and its line (12-point text, leading 1.5). */
    private static final float HEADING_HEIGHT = 10f + 18f + 4f;
    /** Line heights of running text and of quotes (an empty paragraph's default is 16 points, for 12-point text). */
    private static final float TEXT_LEADING = 12.5f;
    private static final float QUOTE_LEADING = 11.5f;
    /** How far a quote is indented, and the room its mark takes before its words. */
    private static final float QUOTE_INDENT = 12f;
    private static final float MARK_WIDTH = 24f;
    private static final float MARK_SIZE = 8.5f;
    private static final float MARK_GAP = 5f;
    private static final float SPACE_AFTER_QUOTE = 3f;
    /** The height of a line to write on. */
    private static final float LINE = 20f;
    /** Room kept below the lines to write on, so that rounding never pushes the last one onto a page of its own. */
    private static final float FILL_IN_SLACK = 4f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final BaseFont regular;
    private final BaseFont bold;

    public PaperPdf() {
        this.regular = font(FONTS.get(0));
        this.bold = font(FONTS.get(1));
    }

    /** Writes the document to the file, replacing it only once the whole document is written. */
    public void write(PaperDocument document, Path file) throws IOException {
        ExportFile.write(file, ExportProgress.NONE, out -> write(document, out));
    }

    /** Writes the document to the stream (left open). */
    public void write(PaperDocument document, OutputStream out) throws IOException {
        write(document, out, ExportProgress.NONE);
    }

    /**
     * Writes the document to the stream (left open), telling {@code progress} step by step (the pages laid out,
     * then numbered: {@link #STEPS}) and asking it to {@link ExportProgress#check check} at every block of the
     * document, every {@link PdfTables#ROWS} rows of a table and every page numbered; throws
     * {@link CancellationException} when it cancels.
     */
    public void write(PaperDocument document, OutputStream out, ExportProgress progress) throws IOException {
        try {
            progress.rows(0, STEPS);
            byte[] pages = pages(document, progress);
            progress.rows(1, STEPS);
            PdfPageNumbers.stamp(pages, document.title(), new Font(regular, 8, Font.NORMAL, GREY), MARGIN, out,
                    progress);
            progress.rows(STEPS, STEPS);
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private byte[] pages(PaperDocument document, ExportProgress progress) throws DocumentException {
        var bytes = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, bytes);
        doc.addTitle(document.title());
        doc.addCreator("Delegations");
        doc.open();
        var title = new Paragraph(document.title(), new Font(bold, 16));
        title.setSpacingAfter(10);
        doc.add(title);
        String quoted = null; // the source of the quotes just before, in this section
        List<Block> blocks = document.blocks();
        float markWidth = MARK_WIDTH; // the widest mark fits before every quote's words, which stand in one column
        for (Block b : blocks) {
            if (b instanceof Quote q && !q.mark().isEmpty()) {
                markWidth = Math.max(markWidth, bold.getWidthPoint(q.mark(), MARK_SIZE) + MARK_GAP);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            progress.check();
            Block block = blocks.get(i);
            if (block instanceof Heading h) {
                quoted = null;
                if (writer.getVerticalPosition(true) - doc.bottom() < keepWithNext(blocks, i)) {
                    doc.newPage();
                }
                var p = new Paragraph(h.text(), new Font(bold, 12));
                p.setSpacingBefore(10);
                p.setSpacingAfter(4);
                p.setKeepTogether(true);
                doc.add(p);
            } else if (block instanceof PaperDocument.Paragraph p) {
                doc.add(paragraph(p));
            } else if (block instanceof Table t) {
                PdfTables.add(doc, t, regular, bold, progress);
            } else if (block instanceof Quote q) {
                if (!q.source().isEmpty() && !q.source().equals(quoted)) {
                    doc.add(source(q));
                }
                doc.add(quote(q, markWidth));
                quoted = q.source();
            } else if (block instanceof FillIn f) {
                doc.add(fillIn(f, writer.getVerticalPosition(true) - doc.bottom()));
            }
        }
        doc.close();
        return bytes.toByteArray();
    }

    /**
     * The room a heading needs below it to stay on this page: a few lines of what follows; or, when its section has
     * lines to fill in, the whole section with the least number of lines it asks for (the heading, its paragraphs,
     * the lines): it is never split, so that no page holds only a line or two of it, and it stays when that much is
     * left (the lines then take whatever more the page has).
     */
    private float keepWithNext(List<Block> blocks, int heading) {
        float section = HEADING_HEIGHT;
        for (int i = heading + 1; i < blocks.size() && !(blocks.get(i) instanceof Heading); i++) {
            Block b = blocks.get(i);
            if (b instanceof FillIn f) {
                return Math.max(KEEP_WITH_NEXT, section + f.lines() * LINE + FILL_IN_SLACK + LINE / 2); // to spare
            }
            section += b instanceof PaperDocument.Paragraph p ? paragraphHeight(p) : KEEP_WITH_NEXT;
        }
        return KEEP_WITH_NEXT;
    }

    /** Running text: its label in bold, then its words. */
    private Paragraph paragraph(PaperDocument.Paragraph p) {
        var phrase = new Paragraph(TEXT_LEADING);
        if (!p.label().isEmpty()) {
            phrase.add(new Chunk(p.label() + " ", new Font(bold, 9.5f)));
        }
        phrase.add(new Chunk(p.text(), new Font(regular, 9.5f)));
        phrase.setSpacingAfter(2);
        return phrase;
    }

    /** How tall a paragraph is set, counting its lines from its width (a tenth more for words moved down). */
    private float paragraphHeight(PaperDocument.Paragraph p) {
        float width = PageSize.A4.getWidth() - 2 * MARGIN;
        float text = bold.getWidthPoint(p.label() + " ", 9.5f) + regular.getWidthPoint(p.text(), 9.5f);
        return (float) Math.ceil(1.1f * text / width) * TEXT_LEADING + 2;
    }

    /** The name of a source, above its quotes. */
    private Paragraph source(Quote q) {
        var p = new Paragraph(QUOTE_LEADING, q.source(), new Font(regular, 8, Font.NORMAL, GREY));
        p.setIndentationLeft(QUOTE_INDENT);
        p.setSpacingAfter(2);
        return p;
    }

    /** A quote, indented: its mark ("[3]") hanging before its first line, its words aligned after the mark. */
    private Paragraph quote(Quote q, float markWidth) {
        var p = new Paragraph(QUOTE_LEADING);
        p.setIndentationLeft(QUOTE_INDENT);
        if (!q.mark().isEmpty()) {
            p.setIndentationLeft(QUOTE_INDENT + markWidth);
            p.setFirstLineIndent(-markWidth);
            p.add(new Chunk(q.mark(), new Font(bold, MARK_SIZE)));
            p.add(new Chunk(new VerticalPositionMark(), markWidth, false));
        }
        p.add(new Chunk(q.text(), new Font(regular, 9)));
        p.setSpacingAfter(SPACE_AFTER_QUOTE);
        return p;
    }

    /** The lines to write on: as many as fit in {@code room}, the rest of the page; at least as many as asked. */
    private static PdfPTable fillIn(FillIn f, float room) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        int lines = Math.max(f.lines(), (int) Math.floor((room - FILL_IN_SLACK) / LINE));
        for (int i = 0; i < lines; i++) {
            var line = new PdfPCell(new Phrase(" "));
            line.setFixedHeight(LINE);
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderColor(Color.GRAY);
            table.addCell(line);
        }
        return table;
    }

    private static BaseFont font(String name) {
        try (InputStream in = PaperPdf.class.getResourceAsStream(FONT_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
