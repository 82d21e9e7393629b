#!/usr/bin/env bash
# Start-up to the first shown window (issue 5): the runtime image launcher target/image/bin/delegations
# with the bundled data, against the floor, a minimal JavaFX window with one table started the plain way
# (java --module-path <javafx jars> --add-modules javafx.controls -cp target/test-classes ...) on the same
# JDK and JavaFX; also the app itself started the plain way from the module path, for diagnosis.
#
# Method: one Xvfb for the whole run (software rendering, no window manager); each start is timed from just
# before exec to the moment `xdotool search --onlyvisible` finds its window mapped (polled every ~5 ms;
# each probe costs ~2 ms, the same for every variant). The three variants are interleaved run by run so
# that load on the shared machine hits them alike; one unmeasured warm-up start each first (JavaFX
# unpacks its native libraries on a first run). Median of RUNS (10) runs each; ratio = app / floor.
#
# usage:  mvn -B -q -Pbench package -DskipTests && src/bench/scripts/startup.sh
# env:    RUNS (10)  DISP (:171)  JAVA (java of JAVA_HOME, else on PATH: use the JDK the image was built from)
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
[ -x $image ] || { echo "no $image: run mvn -B -q -Pbench package -DskipTests" >&2; exit 2; }
[ -f target/test-classes/app/delegations/bench/startup/MinimalTableWindow.class ] \
  || { echo "no MinimalTableWindow class: build with -Pbench" >&2; exit 2; }
fxjars=$(ls target/modules/javafx-base-*-linux.jar target/modules/javafx-graphics-*-linux.jar target/modules/javafx-controls-*-linux.jar | paste -sd:)
appjar=$(ls target/delegations-*.jar | head -1)

Xvfb $DISP -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$DISP
for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
log=target/startup.log
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

app_image()   { measure 'Delegations' "$image"; }
app_modpath() { measure 'Delegations' "$JAVA" -Dfile.encoding=UTF-8 \
                  --add-opens=javafx.controls/javafx.scene.control.skin=org.controlsfx.controls \
                  --module-path "$appjar:target/modules" -m app.delegations/app.delegations.Main; }
floor()       { measure 'Minimal table window' "$JAVA" --module-path "$fxjars" --add-modules javafx.controls \
                  -cp target/test-classes app.delegations.bench.startup.MinimalTableWindow; }

variants=(app_image floor app_modpath)
declare -A times
for v in "${variants[@]}"; do $v >/dev/null; times[$v]=""; done   # warm-up, not counted
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
  echo ","
  mi=$(echo "${times[app_image]}" | median); mf=$(echo "${times[floor]}" | median)
  printf '  "ratioImageToFloor": %s\n}\n' "$(awk -v a="$mi" -v b="$mf" 'BEGIN {printf "%.2f", a/b}')"
} >"$OUT"
cat "$OUT"
