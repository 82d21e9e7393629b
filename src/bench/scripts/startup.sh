#!/usr/bin/env bash
# Start-up to the first shown window (issue 5): the runtime image launcher target/image/bin/delegations
# with the bundled data, against the floor, a minimal JavaFX window with one table started the plain way
# (java --module-path <javafx jars> --add-modules javafx.controls -cp target/test-classes ...) on the same
# JDK and JavaFX.
#
# Method: one Xvfb for the whole run (software rendering, no window manager). Two measures:
#  - window: from just before exec to the moment `xdotool search --onlyvisible` finds the window mapped
#    (polled every ~5 ms; each poll costs ~2 ms, the same for every variant): app_image, floor.
#  - data: from just before exec to the first pulse at which a table or list in a showing window holds a
#    row (the bundled data on screen, not an empty window), seen from inside by the preloader
#    app.delegations.bench.startup.StartupProbe (-Djavafx.preloader, the programs unchanged): app_data
#    (target/image/bin/java [-XX:SharedArchiveFile=target/image/lib/app.jsa] -m
#    app.delegations/app.delegations.Main, what the launcher runs), floor_data.
# The app variants run with a fresh, empty preferences root (JDK_JAVA_OPTIONS=-Djava.util.prefs.userRoot=...):
# otherwise the user's last file (e.g. a 100,000-record file from pulse-gap.sh) would load instead of the
# bundled data. BASE=<another image folder> adds base_image and base_data, the same two measures for that image
# (e.g. one built before a change), interleaved with the rest.
# Variants are interleaved run by run so that load on the shared machine hits them alike, after one
# unmeasured warm-up start each (JavaFX unpacks its native libraries on a first run). Median of RUNS (10)
# runs each; ratios app / floor. VARIANTS="... app_modpath" adds the app from the module path (diagnosis).
#
# usage:  mvn -B -q -Pbench package -DskipTests && src/bench/scripts/startup.sh
# env:    RUNS (10)  DISP (:171)  BASE (unset)  JAVA (java of JAVA_HOME, else on PATH: use the JDK the image was built from)
#         OUT (target/startup.json)
# needs:  apt-get install -y xvfb xdotool libgtk-3-0 libxtst6 libgl1 fontconfig fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${RUNS:-10}
DISP=${DISP:-:171}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
OUT=${OUT:-target/startup.json}

for t in Xvfb xdotool; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install -y xvfb xdotool libgtk-3-0 libxtst6 libgl1" >&2; exit 2; }
done
image=target/image/bin/delegations
BASE=${BASE:-}
[ -x $image ] || { echo "no $image: run mvn -B -q -Pbench package -DskipTests" >&2; exit 2; }
[ -f target/test-classes/app/delegations/bench/startup/MinimalTableWindow.class ] \
  || { echo "no MinimalTableWindow class: build with -Pbench" >&2; exit 2; }
fxjars=$(ls target/modules/javafx-base-*-linux.jar target/modules/javafx-graphics-*-linux.jar target/modules/javafx-controls-*-linux.jar | paste -sd:)
appjar=$(ls target/delegations-*.jar | head -1)
# what the launcher script adds when the build made the AppCDS archive (src/build/appcds.sh)
cds=
[ -f target/image/lib/app.jsa ] && cds=-XX:SharedArchiveFile=target/image/lib/app.jsa

Xvfb $DISP -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$DISP
for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
log=target/startup.log
prefs=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$prefs"' EXIT
# app: in an app variant (each runs in a subshell, $($v)), the empty preferences root for every java started
app() { export JDK_JAVA_OPTIONS="-Djava.util.prefs.userRoot=$prefs"; }
: >"$log"

# measure TITLE-REGEX COMMAND...: prints milliseconds from exec to the window being mapped
measure() {
  local title=$1; shift
  local t0=$EPOCHREALTIME
  setsid "$@" >>"$log" 2>&1 &
  local pid=$!
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "FAILED: $* exited before showing '$title' (see $log)" >&2; return 1; fi
    sleep 0.005
  done
  local t1=$EPOCHREALTIME
  kill -TERM -- -$pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  sleep 0.3
  echo $(( (${t1/./} - ${t0/./}) / 1000 ))
}

# probe COMMAND...: prints "SHOWN_MS DATA_MS" as StartupProbe reports them
probe() {
  local java=$1; shift
  local t0=${EPOCHREALTIME/./}
  local line
  line=$(timeout 60 "$java" -Djavafx.preloader=app.delegations.bench.startup.StartupProbe "-Dprobe.t0Micros=$t0" \
           "$@" 2>>"$log" | grep '^probe:' || true)
  [ -n "$line" ] || { echo "FAILED: no data shown by $* (see $log)" >&2; return 1; }
  echo "$line" | sed 's/probe: shown=\([0-9.]*\) data=\([0-9.]*\)/\1 \2/'
}

app_image()   { app; measure 'Delegations' "$image"; }
app_data()    { app; probe target/image/bin/java $cds -cp target/test-classes -m app.delegations/app.delegations.Main | cut -d' ' -f2; }
base_image()  { app; measure 'Delegations' "$BASE/bin/delegations"; }
base_data()   { app; local c=; [ -f "$BASE/lib/app.jsa" ] && c=-XX:SharedArchiveFile=$BASE/lib/app.jsa
                probe "$BASE/bin/java" $c -cp target/test-classes -m app.delegations/app.delegations.Main | cut -d' ' -f2; }
floor_data()  { probe "$JAVA" --module-path "$fxjars" --add-modules javafx.controls -cp target/test-classes \
                  app.delegations.bench.startup.MinimalTableWindow | cut -d' ' -f2; }
app_modpath() { app; measure 'Delegations' "$JAVA" -Dfile.encoding=UTF-8 \
                  --add-opens=javafx.controls/javafx.scene.control.skin=org.controlsfx.controls \
                  --module-path "$appjar:target/modules" -m app.delegations/app.delegations.Main; }
floor()       { measure 'Minimal table window' "$JAVA" --module-path "$fxjars" --add-modules javafx.controls \
                  -cp target/test-classes app.delegations.bench.startup.MinimalTableWindow; }

read -r -a variants <<<"${VARIANTS:-app_image floor app_data floor_data${BASE:+ base_image base_data}}"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A times
for v in "${variants[@]}"; do ($v) >/dev/null; times[$v]=""; done   # warm-up, not counted (a subshell, like $($v))
for i in $(seq 1 "$RUNS"); do
  for v in "${variants[@]}"; do
    ms=$($v)
    times[$v]+="$ms "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
{
  echo "{"
  echo "  \"runs\": $RUNS, \"java\": \"$("$JAVA" -version 2>&1 | head -1 | sed 's/"/\\"/g')\","
  first=1
  for v in "${variants[@]}"; do
    m=$(echo "${times[$v]}" | median)
    [ $first = 1 ] || echo ","
    first=0
    printf '  "%s": {"medianMs": %s, "runsMs": [%s]}' "$v" "$m" "$(echo ${times[$v]} | sed 's/ /, /g')"
  done
  ratio() { awk -v a="$(echo "${times[$1]:-}" | median)" -v b="$(echo "${times[$2]:-}" | median)" \
            'BEGIN {if (a > 0 && b > 0) printf "%.2f", a/b; else printf "null"}'; }
  echo ","
  printf '  "ratioWindowImageToFloor": %s, "ratioDataImageToFloor": %s,\n' "$(ratio app_image floor)" "$(ratio app_data floor_data)"
  [ -z "$BASE" ] || printf '  "base": "%s", "ratioWindowBaseToFloor": %s, "ratioDataBaseToFloor": %s,\n' \
    "$BASE" "$(ratio base_image floor)" "$(ratio base_data floor_data)"
  printf '  "loadAverageBeforeAfter": ["%s", "%s"]\n}\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT"
cat "$OUT"
