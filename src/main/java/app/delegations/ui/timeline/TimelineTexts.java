package app.delegations.ui.timeline;

import app.delegations.model.Event;
import app.delegations.text.Plural;
import app.delegations.ui.common.ShortText;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * What the timeline tells in words, in the language of its dates: an item (its tooltip and accessible text, with
 * the whole title), a bar of the counts (its period, count and first titles), the dates in view.
 */
final class TimelineTexts {

    private final TimelineViewModel vm;
    private final UnaryOperator<String> text;

    /** {@code text} gives the message of a key in the window's language. */
    TimelineTexts(TimelineViewModel vm, UnaryOperator<String> text) {
        this.vm = vm;
        this.text = text;
    }

    /** "Visit: Visit to city units that use modern technologies, 29 November 2016". */
    String item(TimelineItem item) {
        Event event = item.event();
        var format = vm.dayFormatProperty().get();
        return MessageFormat.format(text.apply("timeline.item"), text.apply(TimelineRenderer.kindKey(event.kind())),
                ShortText.shorten(vm.titleOf(item), ShortText.BLOCK), format.range(item.start(), item.end()));
    }

    /** "July 2016 · 12 events", then the first titles, a line each, and "…and 6 more". */
    String bar(CountBar bar) {
        var format = vm.dayFormatProperty().get();
        String period = switch (bar.bucket()) {
            case DAY -> format.full(bar.first());
            case MONTH -> format.monthYear(bar.first());
            case YEAR -> Integer.toString(bar.first().getYear());
            case DECADE -> bar.first().getYear() + "–" + bar.last().getYear();
            case WEEK, QUARTER -> format.range(bar.first(), bar.last());
        };
        var out = new StringBuilder(count(period, bar.count()));
        for (TimelineItem item : bar.items()) {
            out.append('\n').append(ShortText.shorten(vm.titleOf(item), ShortText.LINE));
        }
        if (bar.count() > bar.items().size()) {
            out.append('\n').append(new MessageFormat(text.apply("timeline.bar.more"), format.locale())
                    .format(new Object[] {bar.count() - bar.items().size()}));
        }
        return out.toString();
    }

    /** "29 November 2016 – 30 November 2016 · 7 events": the shown days in view of a {@code width} surface. */
    String range(double width) {
        var layout = vm.getLayout();
        if (layout.isEmpty() || width <= 0) {
            return "";
        }
        long from = Math.max(layout.minDay(), (long) Math.floor(vm.viewport().dayAt(0)));
        long to = Math.min(layout.maxDay(), (long) Math.floor(vm.viewport().dayAt(width - 1)));
        var format = vm.dayFormatProperty().get();
        return count(from <= to ? format.range(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)) : "",
                layout.size());
    }

    /** "{what} · {count} events" in the plural form of the count. */
    private String count(String what, int count) {
        var locale = vm.dayFormatProperty().get().locale();
        return new MessageFormat(text.apply("timeline.range" + Plural.of(locale, count).suffix()), locale)
                .format(new Object[] {what, count});
    }
}
