#!/usr/bin/env bash
# Start to first frame on the bundled timeline: the app image's launcher (its trimmed runtime and class-data
# archive) against plain `java -jar`, in turns, on one virtual display. Prints each run's wall time from the
# start of the process to the line the program prints when the first frame showing the timeline is drawn.
# Usage: src/dist/measure-startup.sh [RUNS] [FILE]   (after mvn -Pdist package; needs Xvfb)
# With FILE (e.g. a --generate 100000 file), both open it instead of the bundled timeline, and the time is to the
# first frame showing its events.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
file=${2:-}
java=${JAVA:-java}   # JAVA=/path/to/bin/java to compare with another JDK
launcher="target/dist/Summit Timeline/bin/summit-timeline"
logs=$(mktemp -d)
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$logs"' EXIT
sleep 1
export DISPLAY=:77
props="-Dsummit.exitAfterFirstFrame=true -Dsummit.reportFirstFrame=true -Dsummit.logDir=$logs"
first_frame() { # prints milliseconds from start to the first-frame line
    local t0 t1
    t0=$(date +%s%N)
    "$@" 2>/dev/null | while read -r line; do
        if [[ $line == "first frame:"* ]]; then t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); fi
    done
}
for i in $(seq "$runs"); do
    a=$(JAVA_TOOL_OPTIONS="$props" first_frame "$launcher" ${file:+"$file"})
    b=$(first_frame "$java" $props -jar target/summit-timeline.jar ${file:+"$file"})
    echo "run $i: launcher ${a} ms, java -jar ${b} ms"
done
