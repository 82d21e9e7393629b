#!/bin/sh
# Called by the pom's jlink-image step (Linux): makes the AppCDS archive IMAGE/lib/app.jsa of the classes the
# app loads up to its data on screen, and the launcher IMAGE/bin/delegations that uses it.
#
# JDK 17 makes a dynamic archive only from a training run (-XX:ArchiveClassesAtExit), on top of the image's
# base archive (jlink --generate-cds-archive). The training run is `delegations --smoke-test` (opens the
# window, waits for the bundled data to be shown, exits) on the display in DISPLAY, else on an Xvfb started
# here. With neither, or when anything fails, the image simply has no app.jsa: the launcher starts without
# it, and this script never fails the build (always exits 0).
#
# usage: appcds.sh IMAGE MODULE/MAINCLASS
image=$1
main=$2
jsa="$image/lib/app.jsa"
rm -f "$jsa"

# The launcher: like jlink's, plus the archive when it is there. -XX:SharedArchiveFile takes no path relative
# to the image on JDK 17, hence the script. A missing or stale archive only means a start without it.
cat >"$image/bin/delegations" <<'LAUNCHER'
#!/bin/sh
DIR=`dirname "$0"`
if [ -f "$DIR/../lib/app.jsa" ]; then
  exec "$DIR/java" "-XX:SharedArchiveFile=$DIR/../lib/app.jsa" -m MAIN "$@"
fi
exec "$DIR/java" -m MAIN "$@"
LAUNCHER
sed -i "s|MAIN|$main|g" "$image/bin/delegations"
chmod 755 "$image/bin/delegations"

note() { echo "appcds: $*; the image has no AppCDS archive (start-up is slower, nothing else changes)"; exit 0; }

xvfb=
home=$(mktemp -d) || note "no temporary folder"
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT
# An Xvfb of its own when there is one (no window flashes on the builder's screen), else the display in DISPLAY.
if command -v Xvfb >/dev/null 2>&1; then
  fd=$home/display
  Xvfb -displayfd 1 -screen 0 1280x900x24 -nolisten tcp >"$fd" 2>/dev/null &
  xvfb=$!
  i=0
  while [ ! -s "$fd" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  [ -s "$fd" ] || note "Xvfb did not start"
  DISPLAY=:$(head -1 "$fd")
  export DISPLAY
elif [ -z "${DISPLAY:-}" ]; then
  note "no display and no Xvfb"
fi

# A throw-away user home: the training run must not read or write the builder's preferences or caches
# (the smoke test uses its own preferences node; JavaFX unpacks nothing from an image that has its .so files).
timeout 120 "$image/bin/java" -XX:ArchiveClassesAtExit="$jsa" -Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" \
  -m "$main" --smoke-test >"$home/train.log" 2>&1 \
  || { rm -f "$jsa"; sed 's/^/appcds: /' "$home/train.log"; note "the training run failed"; }
[ -s "$jsa" ] || note "the training run wrote no archive"
# The archive must map: a start with -Xshare:on fails when it does not.
if ! "$image/bin/java" -XX:SharedArchiveFile="$jsa" -Xshare:on -version >/dev/null 2>&1; then
  rm -f "$jsa"
  note "the archive does not map"
fi
echo "appcds: $jsa ($(du -k "$jsa" | cut -f1) KB, $(grep 'smoke test' "$home/train.log"))"
exit 0
