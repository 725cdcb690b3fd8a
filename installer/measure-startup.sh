#!/usr/bin/env bash
# Times start-up side by side with a native peer, GNOME Planner 0.14 (C/GTK, Debian package "planner"):
#   installer/measure-startup.sh [RUNS]            (default 7 runs of each, after one warm-up round)
# For each program, from the moment it is launched:
#   startup-visible    its main window is mapped on the X server
#   startup-usable     the empty window is drawn and ready to type into (GenAI Planner: its empty plan is
#                      open too, as the start-up probe reports, whichever comes later)
#   startup-rows       a 1,000-task plan given on the command line shows its rows in the task list
# and prints medians, then each GenAI Planner figure as a multiple of GNOME Planner's:
#   bench startup-visible ms=<median> (genaiplan-jar)     ./genaiplan, the runnable jar with its AOT cache
#   bench startup-visible ms=<median> (genaiplan-image)   the installer's app image, when it has been built
#   bench startup-visible ms=<median> (gnome-planner)
#   ratio startup-visible genaiplan-jar/gnome-planner=<x>
# and the processor time GenAI Planner's start-up probe reports at each point (cpu=, both cores together),
# which a busy machine stretches far less than the times:
#   cpu startup-visible ms=<median> (genaiplan-jar)
# Runs are interleaved (one of each program in turn) so a busy machine weighs on all of them alike; the
# load average is printed before and after. installer/startup-watch.py watches the X server (window mapped,
# pixels drawn, rows of text in the task list) for every program alike; GenAI Planner's own start-up probe
# (GENAIPLAN_STARTUP_PROBE=stay) adds when its plan is open. The two plans are the same: a generated
# .genaiplan and its GNOME Planner copy (installer/gnome-planner-plan.py).
#
# Needs Xvfb (or a DISPLAY), python3 and GNOME Planner (apt-get install xvfb planner; installed here when run
# as root). Each run gets an empty home folder of its own. Optional settings:
#   MEASURE_BASELINE_JAR=path/genaiplan.jar   also time another build's jar (plain java -jar, no cache),
#                                             as "genaiplan-baseline", to set before against after
#   MEASURE_BEFORE=dir                        also time another checkout's ./genaiplan with its own AOT cache
#                                             (dir holds genaiplan and target/genaiplan.jar), as
#                                             "genaiplan-before": a change's effect, interleaved
#   MEASURE_NO_AOT=1                          also time ./genaiplan without its AOT cache ("genaiplan-no-aot")
#   MEASURE_TASKS=1000                        the size of the plan for startup-rows
#   MEASURE_FLOOR=0                           leave out "javafx-floor": the least a JavaFX window costs, a
#                                             window of the same size holding one label, run from the same
#                                             jar with an AOT cache of its own (no plan; visible and usable)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
tasks="${MEASURE_TASKS:-1000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
image="$root/target/installer/image/genaiplan/bin/genaiplan"
watch=("python3" "$root/installer/startup-watch.py")

if ! command -v planner >/dev/null || ! command -v python3 >/dev/null \
   || { [ -z "${DISPLAY:-}" ] && ! command -v Xvfb >/dev/null; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq planner python3 xvfb) >&2
  else
    echo "measure-startup: needs GNOME Planner, python3 and Xvfb: sudo apt-get install planner python3 xvfb" >&2
    exit 1
  fi
fi

xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${scratch:-}" ] && rm -rf "$scratch"
}
trap cleanup EXIT
scratch="$(mktemp -d)"
if [ -z "${DISPLAY:-}" ]; then
  # -displayfd picks a free display number and writes it once the server accepts clients
  Xvfb -displayfd 9 -screen 0 1400x900x24 -nolisten tcp 9>"$scratch/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
  [ -s "$scratch/display" ] || { echo "measure-startup: Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$(head -1 "$scratch/display")"
fi

# --- what is measured --------------------------------------------------------------------------------
# builds the jar if needed and records its AOT cache now, so that no run records it in the background
GENAIPLAN_AOT=train "$root/genaiplan" --version >/dev/null
[ -n "${MEASURE_BEFORE:-}" ] && GENAIPLAN_AOT=train "$MEASURE_BEFORE/genaiplan" --version >/dev/null
plan="$scratch/plan.genaiplan"
JAVA_TOOL_OPTIONS="-Dgenaiplan.home=$scratch/gen-home" "$root/genaiplan" generate --tasks "$tasks" "$plan" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Dgenaiplan.home=$scratch/gen-home" "$root/genaiplan" export "$plan" --csv "$scratch/plan.csv" \
  >/dev/null 2>&1
python3 "$root/installer/gnome-planner-plan.py" "$scratch/plan.csv" "$scratch/plan.planner" >/dev/null

# the floor: a JavaFX window of the same size with one label, from the same jar, with its own AOT cache
if [ "${MEASURE_FLOOR:-1}" = 1 ]; then
  mkdir -p "$scratch/floor"
  cat >"$scratch/floor/FloorWindow.java" <<'JAVA'
public class FloorWindow extends javafx.application.Application {
    public static class Main {
        public static void main(String[] args) {
            javafx.application.Application.launch(FloorWindow.class);
        }
    }

    @Override
    public void start(javafx.stage.Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new javafx.scene.control.Label("Floor")),
                1320, 820));
        stage.setTitle("JavaFX floor");
        stage.show();
        if (Boolean.getBoolean("floor.exit")) {  // the training run ends after its first frame
            stage.getScene().addPostLayoutPulseListener(() -> javafx.application.Platform.runLater(javafx.application.Platform::exit));
        }
    }
}
JAVA
  # an AOT cache takes jars only on the class path, not folders
  "$JAVA_HOME/bin/javac" -d "$scratch/floor/classes" -cp "$root/target/genaiplan.jar" "$scratch/floor/FloorWindow.java"
  "$JAVA_HOME/bin/jar" cf "$scratch/floor/floor.jar" -C "$scratch/floor/classes" .
  floor_cp="$scratch/floor/floor.jar:$root/target/genaiplan.jar"
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$scratch/floor/floor.aot" -Dfloor.exit=true -Dglass.platform=Headless \
    -Dprism.order=sw --enable-native-access=ALL-UNNAMED -cp "$floor_cp" 'FloorWindow$Main' >"$scratch/floor/train.log" 2>&1 \
    || echo "measure-startup: the floor's AOT cache could not be recorded; it runs without" >&2
fi

subjects=(genaiplan-jar)
[ -x "$image" ] && subjects+=(genaiplan-image)
[ "${MEASURE_NO_AOT:-}" = 1 ] && subjects+=(genaiplan-no-aot)
[ -n "${MEASURE_BASELINE_JAR:-}" ] && subjects+=(genaiplan-baseline)
[ -n "${MEASURE_BEFORE:-}" ] && subjects+=(genaiplan-before)
[ "${MEASURE_FLOOR:-1}" = 1 ] && subjects+=(javafx-floor)
subjects+=(gnome-planner)
[ -x "$image" ] || echo "measure-startup: no app image (mvn -B -Pinstaller -DskipTests package); timing the jar only" >&2

# the command line of one subject, into the array cmd
command_of() {
  case "$1" in
    genaiplan-jar) cmd=("$root/genaiplan") ;;
    genaiplan-before) cmd=("$MEASURE_BEFORE/genaiplan") ;;
    genaiplan-no-aot) cmd=(env GENAIPLAN_AOT=none "$root/genaiplan") ;;
    genaiplan-image) cmd=("$image") ;;
    genaiplan-baseline) cmd=("$JAVA_HOME/bin/java" -Dh2.allowedClasses= --enable-native-access=ALL-UNNAMED
                             -jar "$MEASURE_BASELINE_JAR") ;;
    javafx-floor) cmd=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$floor_cp")
                  [ -s "$scratch/floor/floor.aot" ] && cmd+=(-XX:AOTCache="$scratch/floor/floor.aot")
                  cmd+=(-Xlog:disable 'FloorWindow$Main') ;;
    gnome-planner) cmd=(planner) ;;
  esac
}

# one run: prints "visible usable rows" in ms from the launch ("-" where a point does not apply), then the
# processor time GenAI Planner's probe reports at each point ("-" for the others)
run_one() {
  local subject="$1" with_plan="$2" home out file="" class=genaiplan args=() cmd=()
  if [ "$subject" = javafx-floor ] && [ "$with_plan" = yes ]; then echo "- - - - - -"; return; fi
  home="$(mktemp -d "$scratch/home.XXXX")"
  command_of "$subject"
  if [ "$with_plan" = yes ]; then
    args=(--rows)
    if [ "$subject" = gnome-planner ]; then file="$scratch/plan.planner"; else file="$plan"; fi
  fi
  if [ "$subject" = gnome-planner ] || [ "$subject" = javafx-floor ]; then
    class='^planner '
    [ "$subject" = javafx-floor ] && class='FloorWindow'
    # no session bus here: GNOME Planner keeps its settings in memory and says so on standard error
    out="$("${watch[@]}" --class "$class" "${args[@]}" --kill --timeout 120 -- \
             env HOME="$home" "${cmd[@]}" ${file:+"$file"})" || true
  else
    # the probe reports when the plan is open; the baseline (an older build) has no such probe
    local await=(--await-line '^startup-usable')
    [ "$with_plan" = yes ] && await=(--await-line '^startup-rows')
    [ "$subject" = genaiplan-baseline ] && await=()
    # user.home does not follow $HOME, so the per-user folder is set through the JVM options
    out="$(JAVA_TOOL_OPTIONS="-Dgenaiplan.home=$home" GENAIPLAN_STARTUP_PROBE=stay \
             "${watch[@]}" --class "$class" "${args[@]}" --kill ${await[@]+"${await[@]}"} --timeout 120 -- \
             "${cmd[@]}" ${file:+"$file"})" || true
  fi
  rm -rf "$home"
  local mapped drawn rows usable cpu_visible cpu_usable cpu_rows
  cpu_visible="$(sed -n 's/^probe startup-visible ms=.* cpu=\([0-9]*\).*/\1/p' <<<"$out")"
  cpu_usable="$(sed -n 's/^probe startup-usable ms=.* cpu=\([0-9]*\).*/\1/p' <<<"$out")"
  cpu_rows="$(sed -n 's/^probe startup-rows ms=.* cpu=\([0-9]*\).*/\1/p' <<<"$out")"
  mapped="$(sed -n 's/^watch mapped ms=\([0-9]*\).*/\1/p' <<<"$out")"
  drawn="$(sed -n 's/^watch drawn ms=\([0-9]*\).*/\1/p' <<<"$out")"
  rows="$(sed -n 's/^watch rows ms=\([0-9]*\).*/\1/p' <<<"$out")"
  usable="$(sed -n 's/^probe startup-usable ms=\([0-9]*\).*/\1/p' <<<"$out")"
  if [ -n "$usable" ] && [ -n "$drawn" ] && [ "$usable" -lt "$drawn" ]; then usable="$drawn"; fi
  [ -n "$usable" ] || usable="$drawn"
  if [ "$with_plan" = yes ]; then echo "${mapped:--} - ${rows:--} - - ${cpu_rows:--}"
  else echo "${mapped:--} ${usable:--} - ${cpu_visible:--} ${cpu_usable:--} -"; fi
}

median() {
  sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "-"; exit} print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

echo "measure-startup: $(uptime)" >&2
echo "measure-startup: $runs runs each of ${subjects[*]}, plan of $tasks tasks, DISPLAY=$DISPLAY" >&2
declare -A visible usable rows cpu_visible cpu_usable cpu_rows
for round in $(seq 0 "$runs"); do      # round 0 warms the file-system and font caches and is not counted
  for subject in "${subjects[@]}"; do
    read -r v u _ cv cu _ < <(run_one "$subject" no)
    read -r v2 _ r _ _ cr < <(run_one "$subject" yes)
    echo "  round $round $subject: visible $v usable $u, with the plan: visible $v2 rows $r (cpu $cv $cu $cr)" >&2
    [ "$round" = 0 ] && continue
    # a window with a plan to read may map later (GNOME Planner reads it first): visible counts empty starts
    [ "$v" != - ] && visible[$subject]+="$v "
    [ "$u" != - ] && usable[$subject]+="$u "
    [ "$r" != - ] && rows[$subject]+="$r "
    [ "$cv" != - ] && cpu_visible[$subject]+="$cv "
    [ "$cu" != - ] && cpu_usable[$subject]+="$cu "
    [ "$cr" != - ] && cpu_rows[$subject]+="$cr "
  done
done
echo "measure-startup: $(uptime)" >&2

declare -A result
for subject in "${subjects[@]}"; do
  for point in visible usable rows; do
    declare -n values="$point"
    result[$point,$subject]="$(tr ' ' '\n' <<<"${values[$subject]:-}" | { grep . || true; } | median)"
    unset -n values
    label="startup-$point"
    [ "$point" = rows ] && label="startup-rows tasks=$tasks"
    [ "$subject" = javafx-floor ] && [ "$point" = rows ] && continue   # the floor opens no plan
    echo "bench $label ms=${result[$point,$subject]} ($subject)"
  done
done
# the processor time GenAI Planner has used by each point (its probe's cpu=, both cores together): a busy
# machine stretches the times above but hardly this
for subject in "${subjects[@]}"; do
  for point in visible usable rows; do
    declare -n values="cpu_$point"
    median_cpu="$(tr ' ' '\n' <<<"${values[$subject]:-}" | { grep . || true; } | median)"
    unset -n values
    label="startup-$point"
    [ "$point" = rows ] && label="startup-rows tasks=$tasks"
    [ "$median_cpu" != - ] && echo "cpu $label ms=$median_cpu ($subject)"
  done
done
for subject in "${subjects[@]}"; do
  [ "$subject" = gnome-planner ] && continue
  for point in visible usable rows; do
    [ "${result[$point,$subject]}" = - ] && continue
    ours="${result[$point,$subject]}" theirs="${result[$point,gnome-planner]}"
    if [ "$ours" != - ] && [ "$theirs" != - ] && [ "$theirs" -gt 0 ]; then
      echo "ratio startup-$point $subject/gnome-planner=$(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.1f", a / b}')"
    fi
  done
done
