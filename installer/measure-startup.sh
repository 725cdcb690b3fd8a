#!/usr/bin/env bash
# Measures start-up to a usable window, N runs each (default 7), for the runnable jar and the app image:
#   installer/measure-startup.sh [N]
# prints one line per kind:
#   bench startup ms=<median> (jar)     java -jar target/genaiplan.jar, JavaFX on the class path
#   bench startup ms=<median> (image)   target/installer/image/genaiplan/bin/genaiplan (jlinked runtime + AOT cache)
# Each run starts the app with the start-up probe, which prints "startup-ready ms=N" (N counted from the
# process start) once the first window has drawn its first frame, and exits. Runs happen under a private
# Xvfb display unless DISPLAY is set. Build first: mvn -B -DskipTests package (jar) and
# mvn -B -Pinstaller -DskipTests package (image). Each run gets an empty home folder of its own.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
jar="$root/target/genaiplan.jar"
image="$root/target/installer/image/genaiplan/bin/genaiplan"

xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${scratch:-}" ] && rm -rf "$scratch"
}
trap cleanup EXIT
scratch="$(mktemp -d)"
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "measure-startup: needs Xvfb: apt-get install xvfb" >&2; exit 1; }
  # -displayfd picks a free display number and writes it once the server accepts clients
  Xvfb -displayfd 9 -screen 0 1400x900x24 -nolisten tcp 9>"$scratch/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
  [ -s "$scratch/display" ] || { echo "measure-startup: Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$(head -1 "$scratch/display")"
fi

# one probe run: prints the milliseconds, or fails
probe() {
  local home
  home="$(mktemp -d "$scratch/home.XXXX")"
  # user.home does not follow $HOME, so the per-user folder is set through the JVM options
  JAVA_TOOL_OPTIONS="-Dgenaiplan.home=$home" GENAIPLAN_STARTUP_PROBE=1 "$@" 2>/dev/null | sed -n 's/^startup-ready ms=\([0-9]*\).*/\1/p' | head -1
}

median() {
  sort -n | awk '{a[NR]=$1} END {if (NR == 0) exit 1; print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

measure() {
  local label="$1"; shift
  local values=()
  probe "$@" >/dev/null || true      # warm-up: file-system cache, font cache
  for _ in $(seq "$runs"); do
    local ms
    ms="$(probe "$@")"
    [ -n "$ms" ] || { echo "measure-startup: the $label run printed no startup-ready line" >&2; exit 1; }
    values+=("$ms")
  done
  echo "runs ($label): ${values[*]}" >&2
  echo "bench startup ms=$(printf '%s\n' "${values[@]}" | median) ($label)"
}

if [ -f "$jar" ]; then
  measure jar "$JAVA_HOME/bin/java" -Dh2.allowedClasses= --enable-native-access=ALL-UNNAMED -jar "$jar"
else
  echo "measure-startup: $jar is missing (mvn -B -DskipTests package)" >&2
fi
if [ -x "$image" ]; then
  measure image "$image"
else
  echo "measure-startup: $image is missing (mvn -B -Pinstaller -DskipTests package)" >&2
fi
