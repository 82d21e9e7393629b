#!/usr/bin/env bash
# The longest gap between JavaFX pulses while the app opens a large file (issue 5 target: <= 50 ms).
#
# Method: generate the file (default 100,000 records), start the real app on it under Xvfb with
# -Djavafx.preloader=app.delegations.bench.pulse.PulseGapPreloader: JavaFX starts that preloader before
# the app, and it keeps an AnimationTimer running (pulses at 60 Hz) and records every pulse. The app is
# unchanged. The run ends 2 s after a table or list in the window holds all the file's places (or after
# DURATION seconds with EXPECT_ROWS=none). Report: JSON in target/pulse-gap.json with the longest gap
# after the window first showed (the loading) and over the whole run (start-up included), the gaps over
# 33 ms with their times, and the heap after load (after GC) against the file size.
#
# MODE=open measures opening the file in a running window instead: the app starts on the bundled data, with
# the file first in File › Recent (its own preferences root), and once the bundled rows show, the preloader
# chooses that menu item; the report then covers the span from that choice ("afterWindowShown" starts there).
#
# MODE=floor measures the floor instead: app.delegations.bench.pulse.FloorTableWindow, a plain JavaFX window
# with an empty five-column table that, after a 2 s "load" that keeps a core busy, gets its first row alone
# (FLOOR_FIRST_ROWS, default 1; 0: every row at once) and two pulses later the file's place count of rows; same
# runtime, same preloader. It is what JavaFX itself costs on this machine when a window first shows and a table
# first shows rows (no data is read).
#
# MODE=archive-change measures a change on disk in the archive shown (issue 14 target: no frame over 50 ms):
# the generated archive of RECORDS records in FILES files (GenerateArchive, default 500 files) is copied to
# target/pulse-archive and opened as the app's argument; 1 s after its places show, the preloader rewrites
# CHANGE_FILE (default the middle event file) on a thread of its own, with its first person's English name
# changed (same content otherwise), and the run ends 2 s after the largest table shows rows built anew (the
# reload). "afterWindowShown" then starts at the rewrite; the watch's quiet period (FolderWatch.QUIET) is in it.
# "changeShown": when the People table (shown before the rewrite) heard of the change, and the gap between pulses
# it fell in with the two after it (the change applied, then laid out and drawn), each with its UI-thread CPU.
# CHANGE_AFTER_MS (1000): the rewrite that long after the places show (longer: after the window's start-up work).
#
# MODE=edit measures an edit in the window (issue 15 target: no frame over 16 ms): the same archive opened, then
# CHANGE_AFTER_MS after its places show the preloader commits, through the window's own controls, a change of the
# English title of the middle event of the Events table (WindowEdit: the tab, the row, Edit, the title field,
# Apply; a poll apart). "afterWindowShown" starts at Apply and the run ends 2 s after a visible cell of the Events
# table shows the new title; "changeShown" gives the frames from when the Events table heard of it, "applyFrames"
# the frame in which Apply was pressed and the two after it (each with its UI-thread and render-thread CPU).
# EDIT_WARMUP (0): that many edits of the same event committed the same way first, each shown before the next, so
# that the measured one is not the first edit the JVM runs.
#
# MODE=tabs measures the first showing of each table tab (issue 16 target: no frame over 50 ms): the same archive
# (ARCHIVE: an existing archive folder to copy instead of the generated one) opened with preferences of its own (no
# column widths remembered: the columns are fitted), then CHANGE_AFTER_MS after its places show the preloader shows
# the Map tab, then Places, Countries, Events, People and Organisations, TAB_DWELL_MS (2000) apart (TabTour).
# "tabs" in the report: for each tab, the longest gap between pulses from its showing to the next tab's.
#
# MODE=language measures a switch of the window's language (issue 23: ~8 s with no sign of progress): the same archive
# (ARCHIVE as for tabs) opened in English with preferences of its own, then CHANGE_AFTER_MS after its places show the
# preloader chooses View › Language › Polski (LANGUAGE: the menu item's id, menuLanguagePolish) and the run ends 2 s
# after the menus speak Polish and the largest table shows rows made anew (LanguageSwitch). "language" in the report:
# both instants after the choice, the UI thread's CPU until then, and the longest gap between pulses until then;
# "afterWindowShown" starts at the choice.
#
# MODE=search measures typing in the search field (issue #12 target: no frame over 50 ms while typing): the same
# archive (ARCHIVE to copy instead of the generated one) opened, each table tab shown once (TAB_DWELL_MS, 1500) so
# that every view follows the filter, then SEARCH_TAB (tabPlaces) shown and SEARCH_WORD (Kowice) typed into the
# search field one key every KEY_MS (120) (SearchTyping). "search" in the report: the typing span's gaps, per key
# the gap it fell in and the two after it, and when the line by the field and the table's rows settled.
#
# usage:  mvn -B -q -Pbench package -DskipTests && src/bench/scripts/pulse-gap.sh [RECORDS]
# env:    MODE=start (the file as the app's argument) | open (File › Recent in a running window) | floor
#         | archive-change (a file of the archive shown rewritten on disk; FILES (500), CHANGE_FILE, CHANGE_AFTER_MS)
#         | edit (an event retitled in the window, in the same archive; CHANGE_AFTER_MS)
#         | tabs (each table tab shown once, in the same archive; ARCHIVE, CHANGE_AFTER_MS, TAB_DWELL_MS)
#         | language (English to Polish in the same archive; ARCHIVE, CHANGE_AFTER_MS, LANGUAGE)
#         | search (a word typed into the search field, in the same archive; ARCHIVE, SEARCH_WORD, KEY_MS, SEARCH_TAB)
#         RUNTIME=image (target/image/bin/java, the shipped runtime and its options) | plain (JAVA, module path)
#         EXPECT_ROWS (the file's place count) | none   DURATION (20)   TIMEOUT (120)   DISP (:172)
#         OUT (target/pulse-gap.json)   FLOOR_FIRST_ROWS (1, MODE=floor)
#         JVM_OPTS (more options for the app's JVM, split at spaces: e.g. -Xlog:gc:file=F -Dpulse.stacks=F)
# needs:  apt-get install -y xvfb xdotool libgtk-3-0 libxtst6 libgl1 fontconfig fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")/../../.."
RECORDS=${1:-100000}
RUNTIME=${RUNTIME:-image}
DISP=${DISP:-:172}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
OUT=${OUT:-target/pulse-gap.json}

command -v Xvfb >/dev/null || { echo "missing Xvfb: apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1" >&2; exit 2; }
[ -f target/test-classes/app/delegations/bench/pulse/PulseGapPreloader.class ] \
  || { echo "no PulseGapPreloader class: mvn -B -q -Pbench package -DskipTests" >&2; exit 2; }
deps=$(ls target/modules/*.jar | paste -sd:)
appjar=$(ls target/delegations-*.jar | head -1)

if [ "${MODE:-start}" = archive-change ] || [ "${MODE:-start}" = edit ] || [ "${MODE:-start}" = tabs ] \
   || [ "${MODE:-start}" = language ] || [ "${MODE:-start}" = search ]; then
  FILES=${FILES:-500}
  generated=${ARCHIVE:-target/bench-data/archive-$RECORDS-f$FILES-s20161130/archive}
  [ -f "$generated/places.json" ] || "$JAVA" -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
      app.delegations.bench.GenerateArchive "$RECORDS" "$FILES" target/bench-data
  file=target/pulse-archive
  rm -rf "$file" && cp -r "$generated" "$file"   # a fresh copy: the run changes one of its files
  # the gazetteer's places (the archive's places: event files only re-define some of them identically)
  places=$(sed -n '/"places": \[/,$p' "$file/places.json" | grep -c '^    {')
  change=${CHANGE_FILE:-$file/$(cd "$file" && ls events-*.json | sed -n "$(( FILES / 2 ))p")}
  from=$(awk '/"people": \[/ { p = 1 } p && match($0, /"en": "[^"]*"/) { print substr($0, RSTART, RLENGTH); exit }' "$change")
  echo "archive $file: $places places; $change: $from -> ${from%\"} Jr.\""
else
  summary=$("$JAVA" -cp "target/test-classes:$deps" app.delegations.bench.Generate "$RECORDS" target/bench-data | grep "\.json: ")
  echo "$summary"
  file=$(echo "$summary" | sed 's/: .*//')
  places=$(echo "$summary" | grep -o 'places=[0-9]*' | cut -d= -f2)
fi
EXPECT_ROWS=${EXPECT_ROWS:-$places}
props=(-Djavafx.preloader=app.delegations.bench.pulse.PulseGapPreloader "-Dpulse.out=$OUT"
       "-Dpulse.durationSeconds=${DURATION:-20}" "-Dpulse.timeoutSeconds=${TIMEOUT:-120}")
[ "$EXPECT_ROWS" = none ] || props+=("-Dpulse.expectRows=$EXPECT_ROWS")
if [ -n "${JVM_OPTS:-}" ]; then
  read -r -a more <<<"$JVM_OPTS"
  props+=("${more[@]}")
fi
args=("$file")
if [ "${MODE:-start}" = edit ]; then
  prefs=$(mktemp -d)
  props+=("-Djava.util.prefs.userRoot=$prefs" -Dpulse.edit=true "-Dpulse.changeAfterMs=${CHANGE_AFTER_MS:-1000}"
          "-Dpulse.editWarmup=${EDIT_WARMUP:-0}")
fi
if [ "${MODE:-start}" = tabs ]; then
  prefs=$(mktemp -d)
  props+=("-Djava.util.prefs.userRoot=$prefs" -Dpulse.tabs=true "-Dpulse.changeAfterMs=${CHANGE_AFTER_MS:-1000}"
          "-Dpulse.tabDwellMs=${TAB_DWELL_MS:-2000}")
fi
if [ "${MODE:-start}" = language ]; then
  prefs=$(mktemp -d)
  props+=("-Djava.util.prefs.userRoot=$prefs" -Duser.language=en -Duser.country=GB
          "-Dpulse.language=${LANGUAGE:-menuLanguagePolish}" "-Dpulse.changeAfterMs=${CHANGE_AFTER_MS:-1000}")
fi
if [ "${MODE:-start}" = search ]; then
  prefs=$(mktemp -d)
  props+=("-Djava.util.prefs.userRoot=$prefs" "-Dpulse.search=${SEARCH_WORD:-Kowice}" "-Dpulse.keyMs=${KEY_MS:-120}"
          "-Dpulse.searchTab=${SEARCH_TAB:-tabPlaces}" "-Dpulse.changeAfterMs=${CHANGE_AFTER_MS:-1000}"
          "-Dpulse.tabDwellMs=${TAB_DWELL_MS:-1500}" "-Dpulse.settleMs=${SETTLE_MS:-3000}")
fi
if [ "${MODE:-start}" = archive-change ]; then
  prefs=$(mktemp -d)   # the app notes the archive as its last file: in preferences of its own
  props+=("-Djava.util.prefs.userRoot=$prefs"
          "-Dpulse.changeFile=$change" "-Dpulse.changeFrom=$from" "-Dpulse.changeTo=${from%\"} Jr.\""
          "-Dpulse.changeAfterMs=${CHANGE_AFTER_MS:-1000}")
fi
if [ "${MODE:-start}" = open ]; then
  prefs=$(mktemp -d)
  "$JAVA" -Djava.util.prefs.userRoot="$prefs" -cp "target/test-classes:$deps" app.delegations.bench.pulse.RecentMenu "$file"
  props+=("-Djava.util.prefs.userRoot=$prefs" "-Dpulse.openRecentAfterRows=15" "-Dpulse.file=$file")
  args=()
fi

Xvfb $DISP -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; [ -n "${prefs:-}" ] && rm -rf "$prefs"' EXIT
export DISPLAY=$DISP
sleep 1
main=(-m app.delegations/app.delegations.Main)
if [ "${MODE:-start}" = floor ]; then
  main=(--add-modules javafx.controls app.delegations.bench.pulse.FloorTableWindow)
  props+=("-Dfloor.firstRows=${FLOOR_FIRST_ROWS:-1}")
fi
case $RUNTIME in
  image) cmd=(target/image/bin/java "${props[@]}" -cp target/test-classes "${main[@]}" "${args[@]}") ;;
  plain) cmd=("$JAVA" "${props[@]}" -Dfile.encoding=UTF-8
              --add-opens=javafx.controls/javafx.scene.control.skin=org.controlsfx.controls
              --module-path "$appjar:target/modules" -cp target/test-classes "${main[@]}" "${args[@]}") ;;
  *) echo "RUNTIME must be image or plain" >&2; exit 2 ;;
esac
status=0
"${cmd[@]}" >target/pulse-gap.log 2>&1 || status=$?
cat "$OUT" 2>/dev/null || { echo "no report; the app's output:" >&2; tail -30 target/pulse-gap.log >&2; }
[ $status = 0 ] || echo "the data did not show within the timeout (exit $status; rows expected: $EXPECT_ROWS)" >&2
exit $status
