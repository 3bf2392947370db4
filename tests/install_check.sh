#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# install_check.sh BUILD_DIR: `cmake --install` into a temporary prefix puts
# every file of a desktop install in place; desktop-file-validate and
# appstreamcli validate accept them; once update-mime-database has run, a
# scenario and a recording resolve to their MIME types by name and by
# content, and a trace by name.
set -euo pipefail
build=$1

for tool in desktop-file-validate appstreamcli update-mime-database xdg-mime gio; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is missing (bash .ci/setup installs it)" >&2
        exit 1
    fi
done

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
share=$prefix/share

expected=(bin/heapboard bin/heapboard-cli bin/heapboard-record
    share/applications/heapboard.desktop
    share/metainfo/io.github.heapboard.Heapboard.metainfo.xml
    share/mime/packages/heapboard.xml
    share/icons/hicolor/scalable/apps/heapboard.svg
    share/man/man1/heapboard.1.gz share/man/man1/heapboard-cli.1.gz share/man/man1/heapboard-record.1.gz
    share/doc/heapboard/copyright share/doc/heapboard/changelog.gz
    share/heapboard/translations/heapboard_de.qm share/heapboard/translations/heapboard_en.qm)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/heapboard.png")
done
for file in "${expected[@]}"; do
    [ -s "$prefix/$file" ] || { echo "FAIL: $file was not installed" >&2; exit 1; }
done
echo "installed: ${#expected[@]} files"

# The installed programs find their translations beside bin/, in share/.
message=$(LC_ALL=de_DE.UTF-8 LANGUAGE=de "$prefix/bin/heapboard-cli" 2>&1 | head -1 || true)
if [ "$message" != "heapboard-cli: kein Befehl angegeben" ]; then
    echo "FAIL: the installed heapboard-cli in German says: $message" >&2
    exit 1
fi
echo "translations: ok ($message)"

# heapboard-record finds its library where it was installed, relative to itself.
library=$(find "$prefix" -name libheapboard-record.so)
[ -n "$library" ] || { echo "FAIL: libheapboard-record.so was not installed" >&2; exit 1; }
"$prefix/bin/heapboard-record" -o "$prefix/ls.hrec" -- ls "$prefix" >/dev/null
[ -s "$prefix/ls.hrec" ] || { echo "FAIL: the installed heapboard-record recorded nothing" >&2; exit 1; }
echo "heapboard-record: ok (${library#"$prefix"/})"

desktop-file-validate "$share/applications/heapboard.desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "$share/metainfo/io.github.heapboard.Heapboard.metainfo.xml"
# The desktop file and icon the metainfo's launchable names, as installed.
appstreamcli validate-tree --no-net "$prefix"

XDG_DATA_DIRS="$share:/usr/share" update-mime-database "$share/mime"
cp "$(dirname "$0")/../resources/lessons/02-splitting.heap" "$prefix/lesson.heap"
cp "$prefix/lesson.heap" "$prefix/lesson-without-suffix"
printf '1\n2\n1\n1\na 0 16\nf 0\n' > "$prefix/trace.rep"
# Without a desktop, xdg-mime asks file(1), which knows no shared-mime-info;
# as under GNOME it asks gio, which reads XDG_DATA_DIRS.
check_type() {
    local type
    type=$(XDG_CURRENT_DESKTOP=GNOME XDG_DATA_DIRS="$share:/usr/share" xdg-mime query filetype "$1")
    if [ "$type" != "$2" ]; then
        echo "FAIL: xdg-mime query filetype $1: $type, not $2" >&2
        exit 1
    fi
    echo "$(basename "$1"): $type"
}
check_type "$prefix/lesson.heap" application/x-heapboard-scenario
check_type "$prefix/lesson-without-suffix" application/x-heapboard-scenario
check_type "$prefix/trace.rep" application/x-malloclab-trace
# A recording by name and by content (its magic number).
cp "$prefix/ls.hrec" "$prefix/recording-without-suffix"
check_type "$prefix/ls.hrec" application/x-heapboard-recording
check_type "$prefix/recording-without-suffix" application/x-heapboard-recording
