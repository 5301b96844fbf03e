#!/usr/bin/env bash
# Builds what a user installs, into dist/:
#   dist/Sentigrid/                      the desktop app as a jpackage app image (its own Java runtime; run
#                                        bin/Sentigrid for the window, bin/sentigrid for the command line)
#   dist/sentigrid_VERSION_amd64.deb     the same as a Debian package: /opt/sentigrid, a menu entry with the icon,
#                                        GTK 3 declared as a dependency
#   dist/sentigrid-worker.jar            the standalone worker for other machines (needs only a Java 17 runtime)
#
#   packaging/package.sh            builds the project first (./mvnw package, tests skipped), then packages
#   SKIP_BUILD=1 packaging/package.sh   packages what target/ holds
#
# Needs a JDK 17+ (jpackage, jdeps), and for the .deb: fakeroot and binutils (apt-get install fakeroot binutils).
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/dist"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

die() {
  echo "package: $*" >&2
  exit 1
}

command -v "${bin}jpackage" >/dev/null || die "jpackage not found: it comes with a JDK 17 or newer (set JAVA_HOME)"
command -v fakeroot >/dev/null || die "fakeroot not found (for the .deb): apt-get install fakeroot binutils"
command -v objcopy >/dev/null || die "objcopy not found (jpackage needs it): apt-get install binutils"

cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -pl app-ui -am package -DskipTests   # not the spark module: Spark stays out of the package
fi
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)"
app_version="${version%%-*}"   # jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0

work="$(mktemp -d "${TMPDIR:-/tmp}/sentigrid-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The app's jars on the class path, JavaFX's platform jars as modules of the bundled runtime.
mkdir -p "$work/input" "$work/javafx"
cp app-ui/target/sentigrid.jar "$work/input/"
for jar in app-ui/target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$work/javafx/" ;;
    javafx-*.jar) ;;   # empty placeholders of the platform jars
    *) cp "$jar" "$work/input/" ;;
  esac
done
# The JDK modules the jars use, and two they reach only by name: TLS with EC keys, and locale data.
modules="$("${bin}jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps \
  --module-path "$work/javafx" --class-path "$work/input/*" "$work/input/sentigrid.jar")"
modules="$modules,javafx.controls,javafx.fxml,javafx.swing,jdk.crypto.ec,jdk.localedata"

# A second launcher, bin/sentigrid, for the command line, with the JVM options ./sentigrid gives it (the serial
# collector, less inlining), where bin/Sentigrid starts the window with the window's (ZGC, its heap kept small):
# both from jvm-options.properties (README: analyze took 3.4-4.1 s and 2.1 GB through bin/Sentigrid on a million
# lines, 2.3-2.4 s and 340 MB through bin/sentigrid).
options_file=app-ui/src/main/resources/org/sentigrid/jvm-options.properties
cli_options="$(sed -n 's/^cli=//p' "$options_file")"
[ -n "$cli_options" ] || die "no cli= line in $options_file"
printf 'java-options=%s\n' "$cli_options" >"$work/sentigrid.properties"
window_options="$(sed -n 's/^window=//p' "$options_file")"
[ -n "$window_options" ] || die "no window= line in $options_file"
window_java_options=()
for option in $window_options; do
  window_java_options+=(--java-options "$option")
done

rm -rf "$dist"
mkdir -p "$dist"
# Native commands stay in the runtime (no --strip-native-commands): the app starts its local workers with bin/java.
"${bin}jpackage" --type app-image --dest "$dist" --name Sentigrid --app-version "$app_version" \
  --vendor "Sentigrid" --description "Sentiment analysis with VADER on a grid of Java RMI workers" \
  --icon icons/sentigrid-256.png \
  --input "$work/input" --main-jar sentigrid.jar --main-class org.sentigrid.app.Main \
  --module-path "$work/javafx" --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  "${window_java_options[@]}" --add-launcher sentigrid="$work/sentigrid.properties"
# The worker jar that `launch` copies to other machines, beside the app's jars but off its class path
# (jpackage puts every jar of --input on it): lib/worker/ in the app image, and so in the .deb.
mkdir -p "$dist/Sentigrid/lib/worker"
cp rmi-worker/target/sentigrid-worker.jar "$dist/Sentigrid/lib/worker/"
"${bin}jpackage" --type deb --dest "$dist" --app-image "$dist/Sentigrid" --name Sentigrid \
  --app-version "$app_version" --vendor "Sentigrid" \
  --description "Sentiment analysis with VADER on a grid of Java RMI workers" \
  --linux-package-name sentigrid --linux-shortcut --linux-menu-group "Office;Science;" \
  --linux-app-category text --linux-package-deps libgtk-3-0 --icon icons/sentigrid-256.png \
  --resource-dir packaging/deb
cp rmi-worker/target/sentigrid-worker.jar "$dist/"
ls -l "$dist" "$dist"/*.deb
du -sh "$dist/Sentigrid"
