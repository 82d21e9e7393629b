package app.delegations.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shares the records of one generated file out over the files of an archive, the way an office keeps them:
 * <ul>
 *   <li>{@value #GAZETTEER}: every country and place (the gazetteer every event file refers to);</li>
 *   <li>{@code events-001.json} …: whole events (a congress with its conferences, presentations, visits and
 *       summary, or a stand-alone meeting), in the one file's order, about as many events in each; with a run of
 *       the venues, organisations and people (events in other files refer to them across files), and one place
 *       re-defined, identically: the first place of its events that no earlier event file re-defines (so each
 *       duplicate is in two files: the gazetteer and this one);</li>
 *   <li>every file defines the sources its records cite (a note cited by two files is defined, identically, in
 *       both), with its text under the archive's {@code sources/}.</li>
 * </ul>
 * Every record of the one file is in exactly one file of the archive, except the re-defined places and the shared
 * sources.
 */
final class ArchivePlan {
    static final String GAZETTEER = "places.json";

    /** One data file of the archive: its name and its seven lists. */
    record DataFile(String name, Map<String, List<Map<String, Object>>> lists) {
        List<Map<String, Object>> list(String list) {
            return lists.get(list);
        }
    }

    private final GeneratedRecords records;
    private final int eventFiles;
    private final Map<String, Map<String, Object>> sources = new HashMap<>();
    private final Map<String, Integer> sourceOrder = new HashMap<>();
    private final Map<String, Map<String, Object>> places = new HashMap<>();

    private ArchivePlan(GeneratedRecords records, int files) {
        this.records = records;
        this.eventFiles = files - 1;
        for (Map<String, Object> s : records.list("sources")) {
            sourceOrder.put(GeneratedRecords.id(s), sourceOrder.size());
            var moved = GeneratedRecords.copy(s);
            String file = (String) s.get("file");
            moved.put("file", "sources/" + file.substring(file.lastIndexOf('/') + 1));
            sources.put(GeneratedRecords.id(s), moved);
        }
        records.list("places").forEach(p -> places.put(GeneratedRecords.id(p), p));
    }

    /** The gazetteer first, then the event files in the order of their names. */
    static List<DataFile> of(GeneratedRecords records, int files) {
        return new ArchivePlan(records, files).files();
    }

    private List<DataFile> files() {
        List<List<Map<String, Object>>> events = eventsByFile();
        var out = new ArrayList<DataFile>(eventFiles + 1);
        var redefined = new HashSet<String>();
        for (int f = 0; f < eventFiles; f++) {
            var lists = emptyLists();
            lists.get("events").addAll(events.get(f));
            events.get(f).stream().map(e -> (String) e.get("place")).filter(p -> p != null && redefined.add(p))
                    .findFirst().ifPresent(p -> lists.get("places").add(places.get(p)));
            out.add(new DataFile(eventFileName(f), lists));
        }
        dealOut(out, "venues");
        dealOut(out, "organisations");
        dealOut(out, "people");
        var gazetteer = emptyLists();
        gazetteer.get("countries").addAll(records.list("countries"));
        gazetteer.get("places").addAll(records.list("places"));
        out.add(0, new DataFile(GAZETTEER, gazetteer));
        out.forEach(this::addSourcesCited);
        return out;
    }

    /** File name of event file {@code index} (0-based): {@code events-001.json}. */
    String eventFileName(int index) {
        int digits = Math.max(3, String.valueOf(eventFiles).length());
        return String.format(Locale.ROOT, "events-%0" + digits + "d.json", index + 1);
    }

    /**
     * Whole event trees (a top-level event and the children that follow it) dealt into {@code eventFiles} runs of
     * about equal numbers of events; every file gets at least one tree.
     */
    private List<List<Map<String, Object>>> eventsByFile() {
        var trees = new ArrayList<List<Map<String, Object>>>();
        for (Map<String, Object> e : records.list("events")) {
            if (!e.containsKey("parent")) {
                trees.add(new ArrayList<>());
            }
            trees.get(trees.size() - 1).add(e);
        }
        if (trees.size() < eventFiles) {
            throw new IllegalArgumentException(trees.size() + " top-level events cannot fill " + eventFiles
                    + " event files: generate more records or fewer files");
        }
        long total = records.list("events").size();
        var files = new ArrayList<List<Map<String, Object>>>();
        files.add(new ArrayList<>());
        long done = 0;
        for (int t = 0; t < trees.size(); t++) {
            int f = files.size() - 1;
            files.get(f).addAll(trees.get(t));
            done += trees.get(t).size();
            int treesLeft = trees.size() - t - 1;
            int filesLeft = eventFiles - f - 1;
            if (filesLeft > 0 && (done * eventFiles >= (f + 1) * total || treesLeft == filesLeft)) {
                files.add(new ArrayList<>());
            }
        }
        return files;
    }

    /**
     * Deals the records of {@code list} out in contiguous runs of about equal length, one run per event file,
     * keeping the one file's order: the notes a file cites stay few (the generator's notes cover consecutive
     * records), as an event's file in an office comes with its own notes.
     */
    private void dealOut(List<DataFile> files, String list) {
        List<Map<String, Object>> all = records.list(list);
        for (int f = 0; f < files.size(); f++) {
            files.get(f).list(list).addAll(all.subList(
                    (int) ((long) f * all.size() / files.size()), (int) ((long) (f + 1) * all.size() / files.size())));
        }
    }

    private void addSourcesCited(DataFile file) {
        var cited = new LinkedHashSet<String>();
        file.lists().values().forEach(list -> list.forEach(r -> GeneratedRecords.sourcesCited(r, cited)));
        cited.stream().sorted((a, b) -> Integer.compare(sourceOrder.get(a), sourceOrder.get(b)))
                .forEach(id -> file.list("sources").add(sources.get(id)));
    }

    private static Map<String, List<Map<String, Object>>> emptyLists() {
        var lists = new LinkedHashMap<String, List<Map<String, Object>>>();
        GeneratedRecords.LISTS.forEach(l -> lists.put(l, new ArrayList<>()));
        return lists;
    }

}
