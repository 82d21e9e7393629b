package app.delegations.ui.brief;

import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.details.Details.Evidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The brief's quotes, each passage once, numbered, and the "Sources" section that gives them. A brief is made in
 * two passes over the same content: the first {@linkplain #refs tells} every fact's citations (and gets no marks),
 * then {@link #number} cuts the quotes into passages, and the second pass marks each fact with the numbers of its
 * passages ("[2]", "[1, 4–6]"), which the section lists source by source, in the order the source gives them:
 * <ul>
 *     <li>quotes of one source that overlap, or that only spaces and punctuation within a sentence part ({@link #GAP}
 *     characters at most), are one passage, the source's own words from the first to the last; so a quote within a longer one
 *     is given once, as the longer one, and the facts of both refer to it;</li>
 *     <li>a passage is never shortened: it holds only quoted words and what parts them, and a shorter quote would
 *     no longer be the fact's quote;</li>
 *     <li>citations that quote nothing (inferred or reference data) get no mark; a fact with no citation at all
 *     says so instead ({@link #cell}, {@link #after}), in the words of the details pane: "brak źródła";</li>
 *     <li>a fact that no citation states, inferred from its sources, says so after its mark, "[3] (inferred)", in
 *     the words the details pane uses, and the section explains the word once.</li>
 * </ul>
 */
final class BriefSources {
    /** Quotes of one source parted by at most this many spaces and punctuation marks are one passage. */
    static final int GAP = 4;
    /** What may part two quotes of one passage: spaces and punctuation, but not a sentence's end. */
    private static final Pattern PARTING = Pattern.compile("[\\p{P}\\s&&[^.!?;]]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One quote: where it is in its source (start -1 when it could not be located), and its words. */
    private record Quoted(String sourceId, String source, int start, int end, String text) {
        boolean located() {
            return sourceId != null && start >= 0 && end > start;
        }
    }

    /** A numbered passage: its source, the quote its source's name is taken from, and its words as printed. */
    private record Passage(int number, String sourceKey, Quoted first, String text) {
    }

    private final Dataset data;
    private final Messages m;
    private final Formats formats;
    /** Each source's quotes (each once), the sources in the order first cited. */
    private final Map<String, Set<Quoted>> told = new LinkedHashMap<>();
    private List<Passage> passages;
    /** The passage of each quote told, once numbered. */
    private final Map<Quoted, Passage> passageOf = new HashMap<>();
    /** Whether a fact was marked inferred (the section then says what that means). */
    private boolean inferredMarked;

    BriefSources(Dataset data, Messages messages) {
        this.data = data;
        this.m = messages;
        this.formats = new Formats(messages.locale());
    }

    /**
     * The marks of the passages that give these citations' quotes, "[1, 3]", or an empty text when they quote
     * nothing. Before {@link #number} it only takes the quotes in, and gives an empty text.
     */
    String refs(Collection<Evidence> evidence) {
        String mark = numbers(evidence);
        if (passages == null || evidence.isEmpty() || !evidence.stream().allMatch(Evidence::inferred)) {
            return mark;
        }
        inferredMarked = true;
        String inferred = m.format("brief.inferred", m.get("details.badge.inferred"));
        return mark.isEmpty() ? inferred : mark + " " + inferred;
    }

    /**
     * For a table's source cell: the marks of these citations ({@link #refs}), or, when there is no citation at all,
     * the words the detail pane shows for a record with no source yet ("brak źródła"), so that an unsourced row says
     * so instead of looking like one whose source quotes nothing. Empty for citations that quote nothing.
     */
    String cell(Collection<Evidence> evidence) {
        return evidence.isEmpty() ? m.get("details.noSource") : refs(evidence);
    }

    /** For running text, after the fact: as {@link #cell}, the words for no source in brackets ("(brak źródła)"). */
    String after(Collection<Evidence> evidence) {
        return evidence.isEmpty() ? m.format("brief.noSource", m.get("details.noSource")) : refs(evidence);
    }

    private String numbers(Collection<Evidence> evidence) {
        var numbers = new TreeSet<Integer>();
        for (Evidence e : evidence) {
            Quoted q = quoted(e);
            if (q == null) {
                continue;
            }
            if (passages == null) {
                told.computeIfAbsent(key(q), k -> new LinkedHashSet<>()).add(q);
            } else {
                Passage p = passageOf.get(q);
                if (p == null) {
                    throw new IllegalStateException("a quote not told before the passages were numbered: " + q.text());
                }
                numbers.add(p.number());
            }
        }
        return mark(numbers);
    }

    /** Cuts the quotes told so far into numbered passages; {@link #refs} gives marks from now on. */
    void number() {
        var out = new ArrayList<Passage>();
        for (Map.Entry<String, Set<Quoted>> source : told.entrySet()) {
            Quoted any = source.getValue().iterator().next();
            String text = any.sourceId() == null ? null : data.source(any.sourceId()).map(Source::text).orElse(null);
            var located = new ArrayList<Quoted>();
            var unlocated = new ArrayList<Quoted>();
            for (Quoted q : source.getValue()) {
                (q.located() && text != null && q.end() <= text.length() ? located : unlocated).add(q);
            }
            located.sort(Comparator.comparingInt(Quoted::start).thenComparingInt(Quoted::end));
            var run = new ArrayList<Quoted>();
            int end = -1;
            for (Quoted q : located) {
                if (!run.isEmpty() && !joins(text, end, q.start())) {
                    out.add(passage(out.size() + 1, source.getKey(), run, text));
                    run = new ArrayList<>();
                }
                run.add(q);
                end = Math.max(end, q.end());
            }
            if (!run.isEmpty()) {
                out.add(passage(out.size() + 1, source.getKey(), run, text));
            }
            var byText = new HashMap<String, Passage>(); // a quote that could not be located: by its words
            for (Quoted q : unlocated) {
                Passage p = byText.computeIfAbsent(q.text(), t -> {
                    var quoted = new Passage(out.size() + 1, source.getKey(), q, t);
                    out.add(quoted);
                    return quoted;
                });
                passageOf.put(q, p);
            }
        }
        passages = List.copyOf(out);
    }

    /** The section: its heading, then every passage with its number, or a line saying nothing is quoted. */
    void addTo(List<Block> out) {
        out.add(new Heading(m.get("brief.section.sources")));
        if (passages == null || passages.isEmpty()) {
            out.add(Paragraph.of(m.get("brief.sources.none")));
            return;
        }
        var titles = new LinkedHashMap<String, String>();
        for (Passage p : passages) {
            String title = titles.computeIfAbsent(p.sourceKey(), k -> title(p.first()));
            out.add(new Quote(p.text(), title, mark(List.of(p.number()))));
        }
        if (inferredMarked) {
            out.add(Paragraph.of(m.format("brief.inferred.explained",
                    m.format("brief.inferred", m.get("details.badge.inferred")))));
        }
    }

    /** True when a quote starting at {@code next} joins the passage ending at {@code end}. */
    private static boolean joins(String text, int end, int next) {
        if (next <= end) {
            return true;
        }
        String between = text.substring(end, next);
        return between.strip().length() <= GAP && PARTING.matcher(between).matches();
    }

    /** A passage of these quotes (in the order of the source, joining): the source's words from first to last. */
    private Passage passage(int number, String key, List<Quoted> run, String text) {
        int start = run.get(0).start();
        int end = run.stream().mapToInt(Quoted::end).max().orElseThrow();
        var p = new Passage(number, key, run.get(0), normal(text.substring(start, end)));
        run.forEach(q -> passageOf.put(q, p));
        return p;
    }

    private static Quoted quoted(Evidence e) {
        if (e.quote() == null || e.quote().isBlank()) {
            return null;
        }
        return new Quoted(e.sourceId(), e.source() == null ? "" : e.source(), e.hasQuote() ? e.start() : -1,
                e.hasQuote() ? e.end() : -1, normal(e.quote()));
    }

    private static String key(Quoted q) {
        return q.sourceId() != null ? "id:" + q.sourceId() : "title:" + q.source();
    }

    private static String normal(String words) {
        return SPACES.matcher(words.strip()).replaceAll(" ");
    }

    /** "[1, 3–5]": the numbers in order, three or more in a row as a range; empty for none. */
    static String mark(Collection<Integer> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        var sorted = new ArrayList<>(new TreeSet<>(numbers));
        var parts = new ArrayList<String>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(sorted.get(i) + "–" + sorted.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(String.valueOf(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** The source's title and date, as far as they are known. */
    private String title(Quoted q) {
        Source s = q.sourceId() == null ? null : data.source(q.sourceId()).orElse(null);
        return s == null || s.date() == null ? q.source() : m.format("brief.source", q.source(), formats.date(s.date()));
    }
}
