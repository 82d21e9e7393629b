package app.delegations.ui.common;

import java.util.List;

/**
 * A document made for paper, independent of where it goes: the visit brief is made as one, and the PDF writer and
 * the print preview each lay out the same blocks (page size, fonts and page breaks are theirs). Texts are final,
 * in the language the document was made in.
 *
 * @param title  the document's title, first on the first page (and the PDF's title)
 * @param blocks the content in reading order
 */
public record PaperDocument(String title, List<Block> blocks) {
    public PaperDocument {
        blocks = List.copyOf(blocks);
    }

    /**
     * One piece of content. A page may break between blocks, inside a {@link Table} between rows and inside a
     * {@link Paragraph} or {@link Quote} between lines; a {@link Heading} stays on the page of what follows it.
     */
    public sealed interface Block permits Heading, Paragraph, Table, Quote, FillIn {
    }

    /** A section heading. */
    public record Heading(String text) implements Block {
    }

    /**
     * Running text.
     *
     * @param label shown in bold before the text (e.g. "Dates:"), empty for none
     */
    public record Paragraph(String label, String text) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph("", text);
        }
    }

    /**
     * A table; its header row is repeated on every page the table continues on.
     *
     * @param headers the column headers
     * @param rows    each as many cells as there are headers
     * @param weights relative column widths, one per header
     */
    public record Table(List<String> headers, List<List<String>> rows, List<Double> weights) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            weights = List.copyOf(weights);
            int columns = headers.size();
            if (weights.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("a table needs one weight and one cell per row for each header");
            }
        }
    }

    /**
     * A quotation from a source. Quotes of one source that follow each other name it once, above the first.
     *
     * @param text   the quoted words
     * @param source where they come from (the note's title and date)
     * @param mark   what the document's text refers to the quote by, set before it ("[3]"); empty for none
     */
    public record Quote(String text, String source, String mark) implements Block {
        public Quote(String text, String source) {
            this(text, source, "");
        }
    }

    /**
     * Empty lines for the officer to write on (the brief's "Objectives"): at least {@code lines}, and as many more as
     * the rest of the page they stand on holds. A heading above them keeps on its page only when its sentences and
     * {@code lines} lines fit there too.
     */
    public record FillIn(int lines) implements Block {
    }
}
