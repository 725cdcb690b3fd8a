#!/usr/bin/env bash
# Builds GenAI Planner's self-contained app image and installer with jlink + jpackage.
#
# The one command (from the project root; it compiles, copies the jars, then runs this script):
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -Pinstaller -DskipTests package
#
# What it makes, under target/installer/:
#   runtime/              the trimmed Java + JavaFX runtime (jlink)
#   image/genaiplan/      the app image: bin/genaiplan, lib/runtime, lib/app (jars, launcher config, AOT cache)
#   dist/genaiplan_<version>_amd64.deb             on Linux
#   dist/GenAI Planner-<version>.msi / .dmg        on Windows / macOS (same script, see README "Install")
#
# The app stays on the class path (target/genaiplan-thin.jar plus its dependency jars); JavaFX comes from
# the runtime as real modules, made into jmods from the JavaFX jars for this platform.
#
# Settings (the Maven profile passes them; defaults suit a run by hand after the profile ran once):
#   GENAIPLAN_VERSION      app version (default 0.1.0)
#   GENAIPLAN_JAVA_FLAGS   JVM flags for the launcher, one per jpackage --java-options
#   GENAIPLAN_MODULES      the runtime's root modules (JDK and JavaFX)
#   GENAIPLAN_PACKAGE      "none" makes only the app image; default: the platform's installer type
#   GENAIPLAN_AOT          "none" skips the ahead-of-time class cache (default: build it when a display
#                          or Xvfb is available)
set -euo pipefail

log() { echo "[installer] $*" >&2; }
fail() { echo "[installer] ERROR: $*" >&2; exit 1; }

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/target"
work="$target/installer"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
jdk_bin="$JAVA_HOME/bin"
version="${GENAIPLAN_VERSION:-0.1.0}"
version="${version%-SNAPSHOT}"
modules="${GENAIPLAN_MODULES:-java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.localedata,jdk.unsupported,jdk.zipfs,jdk.charsets,javafx.base,javafx.graphics,javafx.controls,javafx.swing}"
flags="${GENAIPLAN_JAVA_FLAGS:--Dh2.allowedClasses= --enable-native-access=javafx.graphics,ALL-UNNAMED}"
forbidden="jdk.compiler java.compiler java.scripting jdk.jshell"

case "$(uname -s)" in
  Linux) os=linux; default_package=deb ;;
  Darwin) os=macos; default_package=dmg ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; default_package=msi ;;
  *) fail "unsupported system $(uname -s)" ;;
esac
package="${GENAIPLAN_PACKAGE:-$default_package}"

# --- what this needs -------------------------------------------------------------------------------
for tool in jlink jpackage jmod java; do
  [ -x "$jdk_bin/$tool" ] || [ -x "$jdk_bin/$tool.exe" ] \
    || fail "$jdk_bin/$tool is missing: point JAVA_HOME at a full JDK 25 (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)"
done
"$jdk_bin/java" -version 2>&1 | grep -q 'version "2[5-9]' || fail "JAVA_HOME must be JDK 25 or newer"
[ -f "$target/genaiplan-thin.jar" ] \
  || fail "target/genaiplan-thin.jar is missing: run  mvn -B -Pinstaller -DskipTests package  from $root"
[ -d "$work/lib" ] && [ -d "$work/javafx" ] \
  || fail "target/installer/lib or target/installer/javafx is missing: run  mvn -B -Pinstaller -DskipTests package"

if [ "$os" = linux ]; then
  as_root() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
  apt_install() { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >&2; }
  if [ "$package" = deb ]; then
    missing=()
    command -v dpkg-deb >/dev/null || missing+=(dpkg-dev)
    command -v fakeroot >/dev/null || missing+=(fakeroot)
    if [ ${#missing[@]} -gt 0 ]; then
      as_root || fail "the .deb needs ${missing[*]}: sudo apt-get install ${missing[*]}  (or GENAIPLAN_PACKAGE=none for the app image only)"
      log "installing ${missing[*]} for the .deb"
      apt_install "${missing[@]}"
    fi
  fi
  # the AOT cache is recorded by starting the app once: that needs GTK and a display (Xvfb will do)
  if [ "${GENAIPLAN_AOT:-auto}" != none ]; then
    optional=()
    ldconfig -p 2>/dev/null | grep -q libgtk-3.so.0 || optional+=(libgtk-3-0)
    [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null || optional+=(xvfb xauth)
    if [ ${#optional[@]} -gt 0 ]; then
      if as_root; then
        log "installing ${optional[*]} to record the start-up cache"
        apt_install "${optional[@]}" || log "warning: could not install ${optional[*]}"
      else
        log "note: without ${optional[*]} the image gets no AOT cache (slower start): sudo apt-get install ${optional[*]}"
      fi
    fi
  fi
fi

# --- 1. JavaFX jmods from the platform's JavaFX jars ---------------------------------------------
# The JavaFX jars carry their native libraries at the top level; a jmod puts them in the runtime's
# lib/ (bin/ on Windows) where JavaFX loads them directly, without unpacking to a cache.
rm -rf "$work/jmods" "$work/jmods-tmp" "$work/runtime" "$work/image" "$work/dist" "$work/aot-home"
mkdir -p "$work/jmods" "$work/jmods-tmp"
for jar in "$work"/javafx/javafx-*.jar; do
  name="$(basename "$jar" .jar)"          # javafx-graphics-26.0.2-linux
  part="${name#javafx-}"; part="${part%%-*}"
  module="javafx.$part"
  classes="$work/jmods-tmp/$module/classes"
  libs="$work/jmods-tmp/$module/libs"
  mkdir -p "$classes" "$libs"
  (cd "$classes" && "$jdk_bin/jar" xf "$jar")
  [ -f "$classes/module-info.class" ] || fail "$jar is not a JavaFX module jar (wrong classifier?)"
  find "$classes" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec mv {} "$libs/" \;
  rm -rf "$classes/META-INF/MANIFEST.MF" "$classes"/*.jar
  module_version="${name#javafx-$part-}"; module_version="${module_version%%-*}"   # 26.0.2
  jmod_args=(create --class-path "$classes" --module-version "$module_version")
  [ -n "$(ls -A "$libs")" ] && jmod_args+=(--libs "$libs")
  "$jdk_bin/jmod" "${jmod_args[@]}" "$work/jmods/$module.jmod"
done
log "JavaFX jmods: $(ls "$work/jmods" | tr '\n' ' ')"

# --- 2. the trimmed runtime ----------------------------------------------------------------------
"$jdk_bin/jlink" --module-path "$work/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages \
  --output "$work/runtime"
listed="$("$work/runtime/bin/java" --list-modules)"
for m in $forbidden; do
  if echo "$listed" | grep -q "^$m@"; then fail "the runtime must not contain $m"; fi
done
log "runtime modules: $(echo "$listed" | sed 's/@.*//' | tr '\n' ' ')"

# --- 3. the app image ----------------------------------------------------------------------------
input="$work/input"
rm -rf "$input" && mkdir -p "$input"
cp "$target/genaiplan-thin.jar" "$work"/lib/*.jar "$input/"

java_options=()
for flag in $flags; do java_options+=(--java-options "$flag"); done
# JVM warnings (say, an AOT cache that does not fit user-forced options) go to standard error, so the
# subcommands' standard output stays clean
java_options+=(--java-options "-Xlog:disable" --java-options "-Xlog:all=warning:stderr:uptime,level,tags")

common=(--name genaiplan --app-version "$version" --vendor "GenAI Planner"
        --description "Plan Generative-AI and LLM projects: WBS, Gantt chart and risk register"
        --copyright "GenAI Planner contributors")
case "$os" in
  linux) app_icon="$root/icons/png/genaiplan-256.png" ;;
  windows) app_icon="$root/icons/genaiplan.ico"; common[1]="GenAI Planner" ;;
  macos) app_icon="$root/icons/genaiplan.icns"; common[1]="GenAI Planner" ;;
esac
app_name="${common[1]}"

image_args=(--type app-image "${common[@]}" --input "$input" --main-jar genaiplan-thin.jar
            --main-class org.genaiplan.app.Main --runtime-image "$work/runtime" --icon "$app_icon"
            "${java_options[@]}" --dest "$work/image")
[ "$os" = windows ] && image_args+=(--add-launcher "genaiplan-cli=$root/installer/windows/cli-launcher.properties")
[ "$os" = macos ] && image_args+=(--mac-package-identifier org.genaiplan --mac-package-name "GenAI Planner")
"$jdk_bin/jpackage" "${image_args[@]}"

case "$os" in
  macos) image="$work/image/$app_name.app"; app_dir="$image/Contents/app"
         launcher="$image/Contents/MacOS/$app_name"; runtime_java="$image/Contents/runtime/Contents/Home/bin/java" ;;
  windows) image="$work/image/$app_name"; app_dir="$image/app"
           launcher="$image/genaiplan-cli.exe"; runtime_java="$image/runtime/bin/java.exe" ;;
  *) image="$work/image/$app_name"; app_dir="$image/lib/app"
     launcher="$image/bin/$app_name"; runtime_java="$image/lib/runtime/bin/java" ;;
esac
cfg="$app_dir/$app_name.cfg"
[ -f "$cfg" ] || fail "jpackage wrote no launcher configuration at $cfg"
log "app image: $image"

# The AOT cache remembers each jar's modification time and is refused when one differs. Packaging
# copies the jars (new times), so they get one fixed time here and again inside the package below.
jar_epoch="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}"
touch -d "@$jar_epoch" "$app_dir"/*.jar

# --- 4. ahead-of-time class cache (JDK 25 AOT cache, the successor of AppCDS) ---------------------
# One start-up probe run of the image records the classes the app loads and links up to its first
# window; later starts map them from lib/app/genaiplan.aot instead of parsing jars.
aot="${GENAIPLAN_AOT:-auto}"
if [ "$aot" != none ]; then
  display_cmd=()
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then display_cmd=(xvfb-run -a -s "-screen 0 1400x900x24"); else display_cmd=(); fi
  fi
  if [ "$os" != linux ] || [ -n "${DISPLAY:-}" ] || [ ${#display_cmd[@]} -gt 0 ]; then
    log "training the AOT cache with one start-up run"
    # open a sample plan in that run, as a double-click does, so the store's classes are cached too
    sample="$work/aot-home/sample.genaiplan"
    mkdir -p "$work/aot-home"
    sample_arg=()
    for new_args in "--template llm-chatbot" ""; do
      # shellcheck disable=SC2086
      if JAVA_TOOL_OPTIONS="-Dgenaiplan.home=$work/aot-home" "$launcher" new $new_args "$sample" >/dev/null 2>&1; then
        sample_arg=("$sample"); break
      fi
    done
    if GENAIPLAN_STARTUP_PROBE=1 \
       JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$app_dir/genaiplan.aot -Dgenaiplan.home=$work/aot-home" \
       "${display_cmd[@]}" "$launcher" "${sample_arg[@]}" >"$work/aot.log" 2>&1 \
       && [ -f "$app_dir/genaiplan.aot" ]; then
      echo 'java-options=-XX:AOTCache=$APPDIR/genaiplan.aot' >> "$cfg"
      log "AOT cache: $(du -h "$app_dir/genaiplan.aot" | cut -f1)"
    else
      log "warning: no AOT cache (see $work/aot.log); the image starts without it"
      rm -f "$app_dir/genaiplan.aot"
    fi
  else
    log "warning: no display and no xvfb-run (apt-get install xvfb): the image has no AOT cache"
  fi
fi
if [ ! -f "$app_dir/genaiplan.aot" ]; then
  # at least the JDK's own class-data archive for the runtime's classes
  "$runtime_java" -Xshare:dump >/dev/null 2>&1 || log "warning: no class-data archive either"
fi

# --- 5. the installer ----------------------------------------------------------------------------
if [ "$package" = none ]; then
  log "done (app image only)"
  exit 0
fi
package_args=(--type "$package" "${common[@]}" --app-image "$image" --dest "$work/dist"
              --file-associations "$root/installer/$os/file-association.properties")
case "$os" in
  linux)
    # jpackage takes the menu icon from the resource folder when it packages an existing app image
    resources="$work/linux-resources"
    rm -rf "$resources" && cp -r "$root/installer/linux" "$resources"
    cp "$app_icon" "$resources/genaiplan.png"
    package_args+=(--resource-dir "$resources" --linux-package-name genaiplan
                   --linux-shortcut --linux-menu-group "Office;ProjectManagement;" --linux-app-category misc
                   --linux-deb-maintainer "maintainers@genaiplan.invalid" --install-dir /opt)
    ;;
  windows)
    # needs the WiX toolset on the PATH; the upgrade UUID stays fixed so new versions replace old ones
    package_args+=(--win-menu --win-menu-group "GenAI Planner" --win-shortcut --win-dir-chooser
                   --win-per-user-install --win-upgrade-uuid 6f3c1c2e-8a9b-4f7e-9a51-2b3d6c0e7a14)
    ;;
  macos)
    package_args+=(--mac-package-identifier org.genaiplan --mac-package-name "GenAI Planner")
    ;;
esac
# file-association icons are relative to the project root
(cd "$root" && "$jdk_bin/jpackage" "${package_args[@]}")
if [ "$os" = linux ] && [ -f "$app_dir/genaiplan.aot" ]; then
  deb="$(ls "$work"/dist/*.deb)"
  log "restoring the jars' times inside $(basename "$deb") for the AOT cache"
  rm -rf "$work/deb-root"
  dpkg-deb -R "$deb" "$work/deb-root"
  touch -d "@$jar_epoch" "$work"/deb-root/opt/genaiplan/lib/app/*.jar
  dpkg-deb --root-owner-group -b "$work/deb-root" "$deb" >/dev/null
  rm -rf "$work/deb-root"
fi
log "installer: $(ls "$work/dist")"
