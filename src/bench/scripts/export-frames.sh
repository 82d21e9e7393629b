#!/usr/bin/env bash
# The window's frames while it exports (issue 16: "the export runs off the UI thread with progress and Cancel,
# never a frame over 50 ms"): app.delegations.bench.pulse.ExportFrames starts the real window on a copy of the
# generated archive of RECORDS records in FILES files, under Xvfb, and once the Events table shows its rows runs
# ROUNDS rounds of: File › Export of the Events table (the largest: 39,984 rows at 100,000 records) as XLSX, as
# CSV, File › Export all tables (a sheet per view), an XLSX export cancelled CANCEL_AFTER_MS
# after the command (Cancel in the progress strip), File › Export brief as PDF… of the largest event, File › Print
# brief… until the preview shows (then closed). Only the two questions before an export (how, where: the native
# file chooser) are answered by the harness's dialogs; the progress strip, Cancel and the saved notice are the
# window's own. Every pulse is recorded (an AnimationTimer, as pulse-gap.sh): per step the longest gap between
# pulses from the command to the notice (+ AFTER_MS), the gaps over 50 and 33 ms, the UI thread's CPU in the
# longest gap, the command-to-notice time and, for Cancel, the time from Cancel to the writing thread's end.
# More cancels: a step "cancel-WHAT-WHEN" cancels WHAT (xlsx, csv, all, brief, briefcountry) WHEN ms after the
# command, or "late" (the progress bar at 100 %: every row told, the file's ending being written; for a brief from its
# last step on, 2/3), or "mid" (at half); e.g. STEPS=cancel-xlsx-late,cancel-all-mid,cancel-csv-50.
#
# The window is built by the harness (app.delegations.BenchWindow, as the TestFX stories build it), so the app runs
# from the class path: on the shipped runtime's java (RUNTIME=image: target/image/bin/java, its JVM options; the app
# module in the image stays unresolved, its classes come from target/classes) or the JDK's (RUNTIME=plain).
#
# usage:  mvn -B -q -Pbench package -DskipTests && src/bench/scripts/export-frames.sh [RECORDS]
# env:    FILES (500)  ROUNDS (3)  STEPS (xlsx,csv,all,cancel,brief,print)  CANCEL_AFTER_MS (150)  AFTER_MS (300)
#         RUNTIME=image | plain   DISP (:181)   OUT (target/export-frames.json)
#         STACKS=FILE (the FX thread's stacks in each gap over 33 ms)   JVM_OPTS (more JVM options, split at spaces)
#         ARCHIVE (an existing archive folder to copy instead of the generated one)
# needs:  apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1 fontconfig fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")/../../.."
RECORDS=${1:-100000}
FILES=${FILES:-500}
RUNTIME=${RUNTIME:-image}
DISP=${DISP:-:181}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
OUT=${OUT:-target/export-frames.json}

command -v Xvfb >/dev/null || { echo "missing Xvfb: apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1" >&2; exit 2; }
[ -f target/test-classes/app/delegations/bench/pulse/ExportFrames.class ] \
  || { echo "no ExportFrames class: mvn -B -q -Pbench package -DskipTests" >&2; exit 2; }
deps=$(ls target/modules/*.jar | paste -sd:)

generated=${ARCHIVE:-target/bench-data/archive-$RECORDS-f$FILES-s20161130/archive}
[ -f "$generated/places.json" ] || "$JAVA" -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    app.delegations.bench.GenerateArchive "$RECORDS" "$FILES" target/bench-data
work=$(mktemp -d /tmp/export-frames.XXXXXX)
cp -r "$generated" "$work/archive"   # a copy of its own: the window may write (autosave, backups)
mkdir "$work/prefs" "$work/out"

Xvfb $DISP -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$DISP
sleep 1

props=("-Dexport.file=$work/archive" "-Dexport.dir=$work/out" "-Dexport.out=$OUT" "-Djava.util.prefs.userRoot=$work/prefs"
       "-Dexport.rounds=${ROUNDS:-3}" "-Dexport.steps=${STEPS:-xlsx,csv,all,cancel,brief,print}"
       "-Dexport.cancelAfterMs=${CANCEL_AFTER_MS:-150}" "-Dexport.afterMs=${AFTER_MS:-300}")
[ -z "${STACKS:-}" ] || props+=("-Dexport.stacks=$STACKS")
if [ -n "${JVM_OPTS:-}" ]; then
  read -r -a more <<<"$JVM_OPTS"
  props+=("${more[@]}")
fi
case $RUNTIME in
  image) cmd=(target/image/bin/java "${props[@]}" -cp target/classes:target/test-classes
              app.delegations.bench.pulse.ExportFrames) ;;
  plain) cmd=("$JAVA" "${props[@]}" -Dfile.encoding=UTF-8 -Xmn16m -cp "target/classes:target/test-classes:$deps"
              app.delegations.bench.pulse.ExportFrames) ;;
  *) echo "RUNTIME must be image or plain" >&2; exit 2 ;;
esac
status=0
"${cmd[@]}" 2>&1 | tee target/export-frames.log | grep -v '^WARNING\|^[[:space:]]*at ' || status=$?
cat "$OUT" 2>/dev/null || { echo "no report; the app's output:" >&2; tail -30 target/export-frames.log >&2; exit 1; }
