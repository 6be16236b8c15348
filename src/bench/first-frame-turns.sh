#!/usr/bin/env bash
# Start to the first frame showing a timeline, headless (Monocle, software pipeline), for builds or JVM options in
# turns: each round runs every spec once, so that a slower minute of a shared machine falls on all of them alike.
# Prints each spec's runs sorted, their median, and in how many rounds the first spec was the faster of the first two.
# Usage: src/bench/first-frame-turns.sh ROUNDS FILE "label|benchmarks.jar|JVM options" ...   (FILE "-": the bundled one)
# e.g.   src/bench/first-frame-turns.sh 10 big.json "after|target/benchmarks.jar|" "before|/tmp/old/benchmarks.jar|"
rounds=$1; file=$2; shift 2
[ "$file" = "-" ] && file=""
out=$(mktemp)
for r in $(seq $rounds); do for spec in "$@"; do IFS='|' read -r label jar opts <<<"$spec";
 v=$(java $opts -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Dsummit.reportFirstFrame=true -Dsummit.exitAfterFirstFrame=true -cp $jar org.summittimeline.app.Launcher $file 2>&1 | grep 'first frame' | grep -o '[0-9]*'); echo "$label $v" >> $out; done; done
for spec in "$@"; do label=${spec%%|*}; echo "$label: $(grep "^$label " $out | cut -d' ' -f2 | sort -n | tr '\n' ' ') median $(grep "^$label " $out | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')"; done
echo "wins (first label faster, pairwise): $(paste -d' ' <(grep "^${1%%|*} " $out | cut -d' ' -f2) <(grep "^${2%%|*} " $out | cut -d' ' -f2) | awk '$1<$2{w++} END {print w+0"/"NR}')"
