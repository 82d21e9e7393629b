#!/usr/bin/env bash
# The window's frames while the Map view is panned and zoomed (issue 16: "the map with 30,000 places pans and zooms
# without a frame over 16 ms"): app.delegations.bench.pulse.MapFrames starts the real window at 1366x768 under Xvfb on
# a generated file of at least PLACES places with coordinates, shows the Map tab, and drags, turns the wheel and
# presses the arrow keys through the X server (JavaFX's Robot), at three views (framed on every place, eight zoom
# steps in, the whole world), FRAMES pulses each, ROUNDS rounds (the first a warm-up). Every pulse is recorded: per
# phase the gaps between pulses and the UI thread's and render threads' CPU in each.
#
# The window is built by the harness (app.delegations.BenchWindow), so the app runs from the class path: on the
# shipped runtime's java (RUNTIME=image: target/image/bin/java, its JVM options) or the JDK's (RUNTIME=plain).
#
# usage:  mvn -B -q -Pbench package -DskipTests && src/bench/scripts/map-frames.sh [PLACES]
# env:    FRAMES (120)  ROUNDS (2)  RUNTIME=image | plain  DISP (:183)  OUT (target/map-frames.json)
#         STACKS=FILE (the UI thread's stacks in each gap over 33 ms)  RSTACKS=FILE (the render thread's, per phase; FILE.rest: at rest; FILE.dear: in each gap with over 20 ms of render CPU)  JVM_OPTS (more JVM options, split at spaces)
# needs:  apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1 fontconfig fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")/../../.."
PLACES=${1:-30000}
RUNTIME=${RUNTIME:-image}
DISP=${DISP:-:183}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
OUT=${OUT:-target/map-frames.json}

command -v Xvfb >/dev/null || { echo "missing Xvfb: apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1" >&2; exit 2; }
[ -f target/test-classes/app/delegations/bench/pulse/MapFrames.class ] \
  || { echo "no MapFrames class: mvn -B -q -Pbench package -DskipTests" >&2; exit 2; }
deps=$(ls target/modules/*.jar | paste -sd:)
work=$(mktemp -d /tmp/map-frames.XXXXXX)
mkdir "$work/prefs"

Xvfb $DISP -screen 0 1366x768x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$DISP
sleep 1

props=("-Dmap.places=$PLACES" "-Dmap.out=$OUT" "-Djava.util.prefs.userRoot=$work/prefs" -Dbench.reuse=true
       "-Dmap.frames=${FRAMES:-120}" "-Dmap.rounds=${ROUNDS:-2}")
[ -z "${STACKS:-}" ] || props+=("-Dmap.stacks=$STACKS")
[ -z "${RSTACKS:-}" ] || props+=("-Dmap.renderStacks=$RSTACKS")
if [ -n "${JVM_OPTS:-}" ]; then
  read -r -a more <<<"$JVM_OPTS"
  props+=("${more[@]}")
fi
case $RUNTIME in
  image) cmd=(target/image/bin/java "${props[@]}" -cp target/classes:target/test-classes
              app.delegations.bench.pulse.MapFrames) ;;
  plain) cmd=("$JAVA" "${props[@]}" -Dfile.encoding=UTF-8 -Xmn16m -cp "target/classes:target/test-classes:$deps"
              app.delegations.bench.pulse.MapFrames) ;;
  *) echo "RUNTIME must be image or plain" >&2; exit 2 ;;
esac
"${cmd[@]}" 2>&1 | tee target/map-frames.log | grep -v '^WARNING\|^[[:space:]]*at ' || true
cat "$OUT" 2>/dev/null >/dev/null || { echo "no report; the app's output:" >&2; tail -30 target/map-frames.log >&2; exit 1; }
