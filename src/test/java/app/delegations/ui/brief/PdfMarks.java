package app.delegations.ui.brief;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where things stand on the pages of a PDF, read back with PDFBox, in points from the top of the page: each line of
 * text (its first glyph's baseline) and each horizontal line drawn across most of the page's width (a line to write
 * on, a table's rule).
 */
record PdfMarks(List<List<Line>> texts, List<List<Double>> rules, double pageHeight) {
    /** A line of text and the height of its baseline from the top of the page. */
    record Line(String text, double y) {
        /** Whether the line begins with {@code start}, spaces aside (PDFBox may part a word's first letter). */
        boolean starts(String start) {
            return text.replace(" ", "").startsWith(start.replace(" ", ""));
        }
    }

    static PdfMarks of(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var texts = new ArrayList<List<Line>>();
            var rules = new ArrayList<List<Double>>();
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                texts.add(texts(pdf, p + 1));
                rules.add(rules(pdf.getPage(p)));
            }
            return new PdfMarks(texts, rules, pdf.getPage(0).getMediaBox().getHeight());
        }
    }

    private static List<Line> texts(PDDocument pdf, int page) throws IOException {
        var lines = new ArrayList<Line>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                lines.add(new Line(text, positions.get(0).getYDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return lines;
    }

    /** The heights (from the top) of the horizontal lines drawn across more than half of the page. */
    private static List<Double> rules(PDPage page) throws IOException {
        double width = page.getMediaBox().getWidth();
        double height = page.getMediaBox().getHeight();
        var found = new ArrayList<Double>();
        var engine = new PDFGraphicsStreamEngine(page) {
            private Point2D at = new Point2D.Float();

            @Override
            public void moveTo(float x, float y) {
                at = transformedPoint(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                Point2D to = transformedPoint(x, y);
                if (Math.abs(to.getY() - at.getY()) < 0.01 && Math.abs(to.getX() - at.getX()) > width / 2) {
                    found.add(height - to.getY());
                }
                at = to;
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                if (Math.abs(p2.getY() - p0.getY()) < 1.5 && Math.abs(p1.getX() - p0.getX()) > width / 2) {
                    found.add(height - p0.getY());
                }
            }

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return at;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        return found;
    }

    int pages() {
        return texts.size();
    }

    /** The page (from 0) with a line of text that begins with {@code start}, or -1. */
    int pageOf(String start) {
        for (int p = 0; p < texts.size(); p++) {
            if (texts.get(p).stream().anyMatch(l -> l.starts(start))) {
                return p;
            }
        }
        return -1;
    }
}
