package app.delegations;

import app.delegations.cli.TerminalText;
import app.delegations.cli.ValidateCommand;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.data.WorldCountries;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.text.Msg;
import app.delegations.text.Quotes;
import app.delegations.ui.brief.BriefMaker;
import app.delegations.ui.brief.PaperPdf;
import app.delegations.ui.common.DataColumn;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportNote;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.countries.CountriesFeature;
import app.delegations.ui.countries.CountryColumn;
import app.delegations.ui.events.EventColumn;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.filter.FilterFeature;
import app.delegations.ui.filter.FilterInWords;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.organisations.OrganisationColumn;
import app.delegations.ui.organisations.OrganisationsFeature;
import app.delegations.ui.people.PeopleFeature;
import app.delegations.ui.people.PersonColumn;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlacesFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code delegations export FILE|FOLDER --view V --format csv|xlsx -o OUT}: a view's table as File › Export writes
 * it, without a window; with {@code --format pdf --brief ID}, one record's visit brief as File › Export brief as PDF
 * does. The rows are the view's own feature and view model's (its dataset steps, then its filtered list in the
 * default order, in the default columns), narrowed by the window's {@link FilterModel} holding {@code --search},
 * {@code --country}, {@code --from}, {@code --to} and {@code --year}, headers in the language of {@code --lang}.
 * In the root package because it uses the ui view models, which {@code cli} may not. Exit status: 0 written, 1 the
 * data has errors, 2 a usage error, an unreadable input, an unknown country or record, an unwritable output, 3 no
 * row left (nothing written, no file made). Touches only javafx.base (properties and lists): no display needed.
 */
final class ExportCommand {
    /** The views of {@code --view all}, in the window's tab order. */
    private static final List<ExportOptions.View> ALL = List.of(ExportOptions.View.PLACES, ExportOptions.View.COUNTRIES,
            ExportOptions.View.ORGANISATIONS, ExportOptions.View.EVENTS, ExportOptions.View.PEOPLE);

    private ExportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, new DatasetLoader(new WorldCountries()));
    }

    static int run(List<String> args, PrintStream out, PrintStream err, DatasetLoader loader) {
        ExportOptions o;
        try {
            o = ExportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(TerminalText.escape("delegations export: " + e.getMessage()));
            err.print(ExportOptions.USAGE);
            return 2;
        }
        if (o == null) {
            out.print(ExportOptions.USAGE);
            return 0;
        }
        Messages m = Messages.of(o.language);
        Path input;
        Path output;
        try {
            input = Path.of(o.input);
            output = Path.of(o.output);
        } catch (InvalidPathException e) {
            err.println(TerminalText.escape("delegations export: " + e.getMessage()));
            return 2;
        }
        Msg unwritable = ExportOutput.unwritable(output, input);
        if (unwritable != null) {
            return failed(o, m, unwritable, err);
        }
        boolean archive = Files.isDirectory(input);
        LoadResult r = archive // an archive's problems named FOLDER/FILE:LINE:COLUMN, as validate names them
                ? ValidateCommand.archive(new ArchiveLoader(loader).open(input, LoadProgress.NONE), input)
                : loader.load(input);
        if (r.unreadable() || !r.ok()) {
            for (Problem p : r.errors()) {
                err.println(TerminalText.escape(p.format(m.texts())));
            }
            err.println(TerminalText.escape(r.unreadable() ? m.format("cli.unreadable", o.input)
                    : m.format(archive ? "cli.export.invalid.archive" : "cli.export.invalid", o.input)));
            return r.unreadable() ? 2 : 1;
        }
        Dataset data = r.datasetOrNull();
        if (o.brief != null) {
            return brief(o, data, m, output, out, err);
        }
        for (String code : o.countries) {
            if (data.country(code).isEmpty()) {
                err.println(TerminalText.escape(m.format("cli.export.noCountry", code, o.input)));
                return 2;
            }
        }
        if (o.all) {
            return writeAll(o, data, m, output, out, err);
        }
        ExportTable<?> table = table(o, data, m);
        if (table.rows().isEmpty()) {
            return ExportOutput.nothingLeft(m, m.format("cli.export.empty", o.output, table.sheet()), table, err);
        }
        try {
            ExportFile.write(table, new ExportChoice(o.format, o.separator(), false), output, ExportProgress.NONE);
        } catch (IOException | RuntimeException e) {
            return failed(o, m, ExportOutput.reason(e), err);
        }
        out.println(TerminalText.escape(m.count("cli.export.done", table.rows().size(), table.rows().size(),
                o.output, table.sheet())));
        return 0;
    }

    /** Writes the visit brief of {@code --brief}: 0 written, 2 no such record or the file cannot be written. */
    private static int brief(ExportOptions o, Dataset data, Messages m, Path output, PrintStream out, PrintStream err) {
        DatasetIndex index = DatasetIndex.build(data, Checkpoint.NONE);
        Entity record = BriefMaker.find(index, o.brief);
        if (record == null) {
            err.println(TerminalText.escape(m.format("cli.export.noRecord", o.brief, o.input)));
            return 2;
        }
        PaperDocument brief = new BriefMaker(index, m).of(record);
        try {
            new PaperPdf().write(brief, output);
        } catch (IOException | RuntimeException e) {
            return failed(o, m, ExportOutput.reason(e), err);
        }
        out.println(TerminalText.escape(m.format("cli.export.brief.done", Quotes.nested(brief.title(), m.locale()), o.output)));
        return 0;
    }

    /**
     * {@code --view all}: the table of each view ({@link ExportOptions.View}, in the window's tab order) as a sheet
     * of one XLSX workbook, each as {@code --view} of that view writes it.
     */
    private static int writeAll(ExportOptions o, Dataset data, Messages m, Path output, PrintStream out,
                                PrintStream err) {
        var tables = new ArrayList<ExportTable<?>>();
        for (ExportOptions.View v : ALL) {
            o.view = v;
            tables.add(table(o, data, m));
        }
        if (tables.stream().allMatch(t -> t.rows().isEmpty())) {
            return ExportOutput.nothingLeft(m, m.format("cli.export.all.empty", o.output), tables.get(0), err);
        }
        try {
            ExportFile.write(tables, output, ExportProgress.NONE);
        } catch (IOException | RuntimeException e) {
            return failed(o, m, ExportOutput.reason(e), err);
        }
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        String sheets = String.join(", ", tables.stream().map(ExportTable::sheet).toList());
        out.println(TerminalText.escape(m.count("cli.export.all.done", rows, rows, o.output, sheets)));
        return 0;
    }

    /** The view's rows for the data, as its view model lists them once the filter holds the options. */
    static ExportTable<?> table(ExportOptions o, Dataset data, Messages m) {
        var filter = new FilterModel();
        var selection = new Selection();
        return switch (o.view) {
            case PLACES -> {
                var f = new PlacesFeature(filter, selection);
                yield rows(o, data, m, filter, f, () -> f.viewModel().items(), List.of(PlaceColumn.values()));
            }
            case COUNTRIES -> {
                var f = new CountriesFeature(filter, selection);
                yield rows(o, data, m, filter, f, () -> f.viewModel().items(), List.of(CountryColumn.values()));
            }
            case EVENTS -> {
                var f = new EventsFeature(filter, selection);
                yield rows(o, data, m, filter, f, () -> f.viewModel().items(), List.of(EventColumn.values()));
            }
            case PEOPLE -> {
                var f = new PeopleFeature(filter, selection);
                yield rows(o, data, m, filter, f, () -> f.viewModel().items(), List.of(PersonColumn.values()));
            }
            case ORGANISATIONS -> {
                var f = new OrganisationsFeature(filter, selection);
                yield rows(o, data, m, filter, f, () -> f.viewModel().items(), List.of(OrganisationColumn.values()));
            }
        };
    }

    private static <R, C extends DataColumn<R>> ExportTable<R> rows(ExportOptions o, Dataset data, Messages m,
                                                                   FilterModel filter, ViewFeature view,
                                                                   Supplier<List<R>> items, List<C> columns) {
        DatasetIndex index = DatasetIndex.build(data, Checkpoint.NONE);
        var steps = new ArrayList<DatasetStep<?>>(new FilterFeature(filter).steps());
        steps.addAll(view.steps());
        steps.sort(Comparator.comparing(DatasetStep::phase)); // as the window applies them: the filter first
        for (DatasetStep<?> step : steps) {
            apply(step, index, m);
        }
        filter.searchTextProperty().set(o.search);
        filter.setCountries(o.countries);
        filter.fromProperty().set(o.from);
        filter.toProperty().set(o.to);
        filter.years().addAll(o.years);
        String sheet = m.get(view.tabKey());
        // the workbook's pages say the view, the day and the filter, as the window's export does
        return ExportTable.of(sheet, columns, items.get(), m)
                .with(new ExportNote(new FilterInWords(filter), Clock.systemDefaultZone()).of(m, sheet));
    }

    private static <P> void apply(DatasetStep<P> step, DatasetIndex index, Messages m) {
        step.apply(index, m, step.prepare(index, m, Checkpoint.NONE));
    }

    /** Says that {@code -o} could not be written and why; the exit code 2. */
    private static int failed(ExportOptions o, Messages m, Msg why, PrintStream err) {
        err.println(TerminalText.escape(m.format("cli.export.failed", o.output, m.text(why))));
        return 2;
    }
}
