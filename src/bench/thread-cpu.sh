#!/usr/bin/env bash
# The CPU time each kind of thread of one JVM run used: the program's own thread ("java", with the launcher's
# thread that waits for it), the optimising compiler (C2), the quick one (C1), the collector. On two cores a cold
# load is bound by all of them together, not by the program's thread alone (PERFORMANCE.md, session 27).
# Usage: src/bench/thread-cpu.sh java -Xmx1g -jar target/summit-timeline.jar --validate big.json
# Reads /proc/PID/task/*/stat every 50 ms and keeps each thread's last figure, so a thread's last 50 ms may be
# missing; the reading itself costs about a tenth of a core. Linux only.
set -euo pipefail
snaps=$(mktemp)
log=$(mktemp)
trap 'rm -f "$snaps" "$log"' EXIT
"$@" >"$log" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
    cat /proc/"$pid"/task/*/stat >>"$snaps" 2>/dev/null || true
    sleep 0.05
done
if ! wait "$pid"; then
    echo "thread-cpu: the command failed; its output:" >&2
    cat "$log" >&2
    exit 1
fi
python3 - "$snaps" <<'PY'
import collections, os, re, sys
tick_ms = 1000 / os.sysconf('SC_CLK_TCK')
last = {}
for line in open(sys.argv[1]):
    m = re.match(r'(\d+) \((.*)\) (.*)', line.strip())
    if m:
        f = m.group(3).split()
        # utime and stime, in clock ticks
        last[m.group(1)] = (m.group(2), round((int(f[11]) + int(f[12])) * tick_ms))
kinds = collections.Counter()
for name, ms in last.values():
    kinds[re.sub(r'#?\d+$', '#', name)] += ms
print('  '.join('%s %d ms' % (k, v) for k, v in kinds.most_common() if v))
PY
