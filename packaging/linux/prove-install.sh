#!/usr/bin/env bash
# Proves the Linux installer: builds the .deb (mvn -B package -Pinstaller), installs it with dpkg, runs
# the installed app (validate on the installed data; the window under Xvfb with --smoke-test; the window's
# X11 class against the menu entry's StartupWMClass), checks the menu entry, icons and the .delegations
# file type are where desktops look, uninstalls with dpkg --purge and checks nothing is left. Also
# unpacks the portable .tar.gz and the .rpm payload and validates with their launchers.
#
# Usage: packaging/linux/prove-install.sh [--no-build]
#   --no-build   use the installers already in target/installer/
# Runs as root (as CI does) or with sudo; otherwise, or where dpkg is missing, it unpacks the .deb into a
# scratch root instead of installing it, and says that the system integration was not proven.
# Installs the Debian packages it needs when they are missing. Exit 0 when every check passes.
set -uo pipefail
cd "$(dirname "$0")/../.."
project="$PWD"

build=1
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
  esac
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else SUDO=none; fi
fi
mode=dpkg
{ [ "$SUDO" = none ] || ! command -v dpkg >/dev/null 2>&1; } && mode=unpack

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then pass "$what"; else fail "$what"; return 1; fi
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
size() { du -sh --apparent-size "$1" | cut -f1; }

t_start=$(now)
scratch="$(mktemp -d /tmp/delegations-prove.XXXXXX)"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

# ---------------------------------------------------------------- tools
echo "== tools"
need=()
for p in fakeroot binutils xvfb xauth x11-utils libgtk-3-0 libxtst6 libgl1 fontconfig fonts-dejavu-core \
         desktop-file-utils shared-mime-info xdg-utils rpm2cpio cpio; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
command -v rpmbuild >/dev/null 2>&1 || echo "  note  rpmbuild not found: no .rpm is built (apt-get install rpm)"
if [ ${#need[@]} -gt 0 ]; then
  if [ "$SUDO" = none ]; then
    echo "  missing packages and no root: ${need[*]}" >&2
  else
    echo "  installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
      || { echo "apt-get install failed" >&2; exit 1; }
  fi
fi
echo "  jpackage $(jpackage --version 2>&1)"

# ---------------------------------------------------------------- build
echo "== build"
t0=$(now)
if [ "$build" -eq 1 ]; then
  mvn -B -q package -Pinstaller -DskipTests || { echo "mvn package -Pinstaller failed" >&2; exit 1; }
fi
t_build=$(secs "$t0" "$(now)")
deb=$(ls target/installer/*.deb 2>/dev/null | head -1)
rpmf=$(ls target/installer/*.rpm 2>/dev/null | head -1)
tgz=$(ls target/installer/*.tar.gz 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no .deb in target/installer/" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')
echo "  $deb (version $version)"

# The checks of an installed (or unpacked) app under ROOT ("" when installed).
root=""
app() { "$root/opt/delegations/bin/Delegations" "$@"; }
datafile=opt/delegations/lib/app/data/congress-2016.json

# ---------------------------------------------------------------- install
echo "== install ($mode)"
t0=$(now)
if [ "$mode" = dpkg ]; then
  if dpkg -s delegations >/dev/null 2>&1; then
    echo "  removing an earlier installation"; $SUDO dpkg --purge delegations >/dev/null
  fi
  # dpkg cannot fetch dependencies; apt-get -f installs them and finishes the configuration.
  if ! $SUDO dpkg -i "$deb" >"$scratch/dpkg.log" 2>&1; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -f -y -qq >>"$scratch/dpkg.log" 2>&1
  fi
  check "dpkg reports the package installed" \
    sh -c "dpkg-query -W -f='\${Status}' delegations 2>/dev/null | grep -q 'install ok installed'" \
    || cat "$scratch/dpkg.log"
else
  root="$scratch/root"; mkdir -p "$root"
  dpkg-deb -x "$deb" "$root" || { echo "dpkg-deb -x failed" >&2; exit 1; }
  echo "  note  not root: unpacked into $root; menu entry, MIME and icon registration are not proven"
fi
t_install=$(secs "$t0" "$(now)")
installed_size=$(size "$root/opt/delegations")

# ---------------------------------------------------------------- the installed app, no display
echo "== the installed app"
check "launcher /opt/delegations/bin/Delegations is executable" test -x "$root/opt/delegations/bin/Delegations"
check "--version says $version" sh -c "'$root/opt/delegations/bin/Delegations' --version | grep -qx 'delegations $version'"
check "the installed data is the repository's data/congress-2016.json" cmp -s "$root/$datafile" data/congress-2016.json
check "the installed sources are the repository's" diff -r "$root/opt/delegations/lib/app/data/sources" data/sources
app validate "$root/$datafile" >"$scratch/validate.out" 2>&1
rc=$?
check "validate $datafile exits 0 (got $rc)" test "$rc" -eq 0
sed 's/^/        /' "$scratch/validate.out"
# A data file with the app's own extension, in a folder of its own (the sources beside it).
mkdir -p "$scratch/docs"
cp -r "$root/opt/delegations/lib/app/data/sources" "$scratch/docs/"
cp "$root/$datafile" "$scratch/docs/congress-2016.delegations"
app validate "$scratch/docs/congress-2016.delegations" >/dev/null 2>&1
rc=$?
check "validate on a .delegations copy exits 0 (got $rc)" test "$rc" -eq 0
app validate "$scratch/docs/missing.delegations" >/dev/null 2>&1
rc=$?
check "validate on a missing file exits 2 (got $rc)" test "$rc" -eq 2

# The JVM options: the runtime image's (jlink --add-options) and the launcher's (jpackage --java-options).
check "the launcher configuration carries -XX:MaxRAMPercentage=50" \
  grep -q 'MaxRAMPercentage=50' "$root/opt/delegations/lib/app/Delegations.cfg"

# ---------------------------------------------------------------- desktop integration
echo "== desktop integration"
desktop_src="$root/opt/delegations/lib/delegations-Delegations.desktop"
if [ "$mode" = dpkg ]; then desktop=/usr/share/applications/delegations-Delegations.desktop; else desktop="$desktop_src"; fi
check "menu entry $desktop" test -f "$desktop"
check "menu entry passes desktop-file-validate" desktop-file-validate "$desktop"
check "menu entry: Exec=/opt/delegations/bin/Delegations %F" grep -qx 'Exec=/opt/delegations/bin/Delegations %F' "$desktop"
check "menu entry: MimeType=application/x-delegations+json;" grep -qx 'MimeType=application/x-delegations+json;' "$desktop"
wmclass_entry=$(sed -n 's/^StartupWMClass=//p' "$desktop")
check "menu entry: StartupWMClass=$wmclass_entry" test -n "$wmclass_entry"
icon=$(sed -n 's/^Icon=//p' "$desktop")
check "menu entry icon $icon is a PNG" sh -c "head -c 8 '$root$icon' | od -An -c | grep -q 'P   N   G'"
if [ "$mode" = dpkg ]; then
  check "MIME type registered: *.delegations -> application/x-delegations+json (globs2)" \
    grep -q '^[0-9]*:application/x-delegations+json:\*\.delegations$' /usr/share/mime/globs2
  check "the menu entry is the handler of the type (mimeinfo.cache)" \
    grep -q '^application/x-delegations+json=.*delegations-Delegations.desktop' /usr/share/applications/mimeinfo.cache
  check "file type icon in the hicolor theme" \
    test -f /usr/share/icons/hicolor/128x128/mimetypes/application-x-delegations+json.png
fi

# ---------------------------------------------------------------- the window, under Xvfb
echo "== the window (Xvfb)"
exec 3>"$scratch/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$scratch/display")"
# The app runs with a fresh home ($HOME for GTK and the launcher, user.home for Java), to show what it
# writes for a user: package managers never remove that.
apphome="$scratch/home"; mkdir -p "$apphome"
export JAVA_TOOL_OPTIONS="-Duser.home=$apphome"
t0=$(now)
HOME="$apphome" timeout 120 "$root/opt/delegations/bin/Delegations" --smoke-test >"$scratch/smoke.out" 2>&1
rc=$?
t_smoke=$(secs "$t0" "$(now)")
check "Delegations --smoke-test exits 0 (got $rc, ${t_smoke} s)" test "$rc" -eq 0
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$scratch/smoke.out" | sed 's/^/        /' | head -20
HOME="$apphome" timeout 120 "$root/opt/delegations/bin/Delegations" --smoke-test "$scratch/docs/congress-2016.delegations" >"$scratch/smoke2.out" 2>&1
rc=$?
check "Delegations --smoke-test FILE.delegations exits 0 (got $rc)" test "$rc" -eq 0
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$scratch/smoke2.out" | sed 's/^/        /' | head -5

# The real window (as the menu entry starts it): its X11 class must be the entry's StartupWMClass, or
# docks show a second, generic icon for it.
HOME="$apphome" "$root/opt/delegations/bin/Delegations" "$scratch/docs/congress-2016.delegations" >"$scratch/window.out" 2>&1 &
app_pid=$!
wmclass=""
for _ in $(seq 120); do
  # the first mapped top-level window larger than GTK's 10x10 leader window: "(name class)  WxH+X+Y"
  wmclass=$(xwininfo -root -children 2>/dev/null | awk '
    match($0, /\("[^"]*" "[^"]*"\) +[0-9]+x[0-9]+/) {
      s = substr($0, RSTART, RLENGTH); split(s, q, "\"");
      n = split(s, f, " "); split(f[n], wh, "x")
      if (wh[1] > 100 && wh[2] > 100) { print q[4]; exit }
    }')
  [ -n "$wmclass" ] && break
  sleep 0.5
done
check "the window's WM_CLASS ($wmclass) is the menu entry's StartupWMClass ($wmclass_entry)" \
  test -n "$wmclass" -a "$wmclass" = "$wmclass_entry"
if command -v jcmd >/dev/null 2>&1 && [ -n "$wmclass" ]; then
  jcmd "$app_pid" VM.command_line >"$scratch/cmdline" 2>&1
  for opt in -Dfile.encoding=UTF-8 -Xmn16m -XX:MaxRAMPercentage=50; do
    check "the running app has $opt" grep -q -- "$opt" "$scratch/cmdline"
  done
  # the ControlsFX controls in use need no open (pom.xml, app.jvm.options)
  check "the running app has no --add-opens" sh -c "! grep -q -- --add-opens '$scratch/cmdline'"
fi
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
unset JAVA_TOOL_OPTIONS
user_dirs=$(cd "$apphome" && find . -type f | sed 's|/[^/]*$||; s|^\.|~|' | sort -u | tr '\n' ' ')
echo "  note  what the app wrote in a fresh home ($(du -sh "$apphome" | cut -f1)), folders: ${user_dirs:-none}"

# ---------------------------------------------------------------- the portable archive and the .rpm payload
echo "== portable archive and .rpm"
mkdir -p "$scratch/tgz"
tar -xzf "$tgz" -C "$scratch/tgz"
"$scratch/tgz/Delegations/bin/Delegations" validate "$scratch/tgz/Delegations/lib/app/data/congress-2016.json" >/dev/null 2>&1
rc=$?
check "$(basename "$tgz"): bin/Delegations validate exits 0 (got $rc)" test "$rc" -eq 0
if [ -n "$rpmf" ]; then
  mkdir -p "$scratch/rpm"
  (cd "$scratch/rpm" && rpm2cpio "$project/$rpmf" | cpio -idm --quiet)
  "$scratch/rpm/opt/delegations/bin/Delegations" validate "$scratch/rpm/$datafile" >/dev/null 2>&1
  rc=$?
  check "$(basename "$rpmf") payload: validate exits 0 (got $rc)" test "$rc" -eq 0
  if command -v rpm >/dev/null 2>&1; then
    check ".rpm requires GTK 3, XTest and GL" sh -c "rpm -qp --requires '$rpmf' 2>/dev/null | grep -c -e libgtk-3 -e libXtst -e libGL | grep -qx 3"
    check ".rpm claims no system directory (/opt, /usr, /usr/share)" \
      sh -c "! rpm -qpl '$rpmf' 2>/dev/null | grep -qx -e /opt -e /usr -e /usr/share"
    for tag in POSTIN PREUN; do
      rpm -qp --qf "%{$tag}" "$rpmf" >"$scratch/$tag.sh" 2>/dev/null
      check ".rpm $tag scriptlet is valid sh and handles the menu entry" \
        sh -c "sh -n '$scratch/$tag.sh' && grep -q delegations-Delegations.desktop '$scratch/$tag.sh'"
    done
  fi
fi
check ".deb depends on libgtk-3-0, libxtst6, libgl1" \
  sh -c "dpkg-deb -f '$deb' Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -c -x -e libgtk-3-0 -e libxtst6 -e libgl1 | grep -q '^[3-9]'"

# ---------------------------------------------------------------- uninstall
t_remove=0
if [ "$mode" = dpkg ]; then
  echo "== uninstall (dpkg --purge)"
  t0=$(now)
  $SUDO dpkg --purge delegations >"$scratch/purge.log" 2>&1 || cat "$scratch/purge.log"
  t_remove=$(secs "$t0" "$(now)")
  check "dpkg no longer knows the package" sh -c "! dpkg-query -W delegations >/dev/null 2>&1"
  check "/opt/delegations is gone" test ! -e /opt/delegations
  check "the menu entry is gone" test ! -e /usr/share/applications/delegations-Delegations.desktop
  check "the MIME type is gone" sh -c "! grep -rqs 'x-delegations' /usr/share/mime/packages /usr/share/mime/globs2"
  check "the menu entry no longer handles the type (mimeinfo.cache)" \
    sh -c "! grep -qs 'delegations-Delegations.desktop' /usr/share/applications/mimeinfo.cache"
  check "the file type icon is gone" sh -c "! find /usr/share/icons -name 'application-x-delegations*' | grep -q ."
  left=$(find /opt /usr/share /usr/local /etc -xdev \( -iname '*delegations*' \) 2>/dev/null | grep -v '^/usr/share/doc/$' | head -5)
  check "no file named *delegations* left in /opt, /usr/share, /usr/local, /etc${left:+: $left}" test -z "$left"
fi

# ---------------------------------------------------------------- figures
t_total=$(secs "$t_start" "$(now)")
echo "== figures"
printf '  %-28s %s\n' "build (mvn -Pinstaller)" "${t_build} s"
printf '  %-28s %s\n' "install" "${t_install} s"
printf '  %-28s %s\n' "smoke test" "${t_smoke} s"
printf '  %-28s %s\n' "uninstall" "${t_remove} s"
printf '  %-28s %s\n' "round trip in all" "${t_total} s"
for f in "$deb" "$rpmf" "$tgz"; do [ -n "$f" ] && printf '  %-28s %s\n' "$(basename "$f")" "$(size "$f")"; done
printf '  %-28s %s\n' "installed (/opt/delegations)" "$installed_size"

if [ "$failures" -gt 0 ]; then
  echo "== $failures check(s) FAILED"
  exit 1
fi
echo "== all checks passed"
