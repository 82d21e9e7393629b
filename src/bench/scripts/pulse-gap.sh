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
# usage:  mvn -B -q -Pbench package -DskipTests && src/bench/scripts/pulse-gap.sh [RECORDS]
# env:    MODE=start (the file as the app's argument) | open (File › Recent in a running window) | floor
#         RUNTIME=image (target/image/bin/java, the shipped runtime and its options) | plain (JAVA, module path)
#         EXPECT_ROWS (the file's place count) | none   DURATION (20)   TIMEOUT (120)   DISP (:172)
#         OUT (target/pulse-gap.json)   FLOOR_FIRST_ROWS (1, MODE=floor)
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

summary=$("$JAVA" -cp "target/test-classes:$deps" app.delegations.bench.Generate "$RECORDS" target/bench-data | grep "\.json: ")
echo "$summary"
file=$(echo "$summary" | sed 's/: .*//')
places=$(echo "$summary" | grep -o 'places=[0-9]*' | cut -d= -f2)
EXPECT_ROWS=${EXPECT_ROWS:-$places}
props=(-Djavafx.preloader=app.delegations.bench.pulse.PulseGapPreloader "-Dpulse.out=$OUT"
       "-Dpulse.durationSeconds=${DURATION:-20}" "-Dpulse.timeoutSeconds=${TIMEOUT:-120}")
[ "$EXPECT_ROWS" = none ] || props+=("-Dpulse.expectRows=$EXPECT_ROWS")
args=("$file")
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
