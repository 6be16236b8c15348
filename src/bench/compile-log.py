#!/usr/bin/env python3
"""What HotSpot's optimising compiler (C2) did in one run, from the log that
  java -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=c.log -jar target/summit-timeline.jar --validate big.json
writes. A cold load on two cores waits for C2 more than for anything else in our code (PERFORMANCE.md, sessions 30-32):

  src/bench/compile-log.py c.log tasks [N]      the N longest C2 tasks: start, length, bytes inlined, code size
  src/bench/compile-log.py c.log queue [AT]     every C2 task in the order queued: when queued, started, how long;
                                                with AT (seconds), only those waiting at that moment
  src/bench/compile-log.py c.log inline METHOD  what the first C2 task of METHOD ("org.summittimeline.format.EventBinder
                                                event") inlined, and why the rest was not
  src/bench/compile-log.py c.log deopts         the C2 code thrown away, when, and the trap that did it (the method and
                                                bytecode index the speculation failed at)

Times are the log's stamps, seconds from the JVM's start; a task's length is wall time, which grows while the compiler
waits for a core, so the lengths add up to more than its CPU time.
"""
import collections
import html
import re
import signal
import sys


def c2(attrs):
    return "level='" not in attrs or "level='4'" in attrs


def short(method):
    return html.unescape(' '.join(method.split(' ')[:2]).replace('org.summittimeline.', ''))


def queued(log):
    out = {}
    for m in re.finditer(r"<task_queued ([^>]*)/>", log):
        a = m.group(1)
        cid = re.search(r"compile_id='(\d+)'", a).group(1)
        out[cid] = (re.search(r"method='([^']*)'", a).group(1), float(re.search(r"stamp='([\d.]+)'", a).group(1)),
                    c2(a), 'osr ' if 'osr_bci' in a else '')
    return out


def tasks(log):
    out = {}
    for m in re.finditer(r"<task (compile_id='(\d+)'[^>]*?method='([^']*)'[^>]*?stamp='([\d.]+)'[^>]*)>(.*?)"
                         r"<task_done ([^>]*)>", log, re.S):
        done = m.group(6)
        end = float(re.search(r"stamp='([\d.]+)'", done).group(1))
        inlined = re.search(r"inlined_bytes='(\d+)'", done)
        size = re.search(r"nmsize='(\d+)'", done)
        out[m.group(2)] = dict(method=m.group(3), start=float(m.group(4)), length=end - float(m.group(4)),
                               c2=c2(m.group(1)), body=m.group(5), inlined=inlined.group(1) if inlined else '?',
                               size=size.group(1) if size else '?')
    return out


def show_tasks(log, n):
    done = [t for t in tasks(log).values() if t['c2']]
    ours = [t for t in done if 'summittimeline' in t['method']]
    print('C2 tasks %d, %.2f s; ours %d, %.2f s' % (len(done), sum(t['length'] for t in done), len(ours),
                                                     sum(t['length'] for t in ours)))
    for t in sorted(done, key=lambda t: -t['length'])[:n]:
        print('%.3f s  start %.2f  inlined %5s B  code %6s B  %s' % (t['length'], t['start'], t['inlined'], t['size'],
                                                                    short(t['method'])))


def show_queue(log, at):
    started = tasks(log)
    rows = [(cid, q) for cid, q in queued(log).items() if q[2]]
    if at is not None:
        rows = [(cid, q) for cid, q in rows if q[1] <= at and (cid not in started or started[cid]['start'] > at)]
        print('%d C2 tasks waiting at %.3f s' % (len(rows), at))
    for cid, (method, stamp, _, osr) in sorted(rows, key=lambda r: r[1][1]):
        t = started.get(cid)
        print('queued %.3f  started %s  length %s  %s%s' % (stamp, '%.3f' % t['start'] if t else '  -  ',
                                                           '%.3f' % t['length'] if t else '  -  ', osr, short(method)))


def show_inline(log, target):
    found = [t for t in tasks(log).values() if t['c2'] and t['method'].startswith(target)]
    if not found:
        sys.exit('compile-log: no C2 task of ' + target)
    body = found[0]['body']
    methods = {m.group(1): (m.group(3), int(m.group(4)), m.group(2)) for m in
               re.finditer(r"<method id='(\d+)' holder='(\d+)' name='([^']*)'[^>]*?bytes='(\d+)'", body)}
    classes = {m.group(1): m.group(2) for m in re.finditer(r"<klass id='(\d+)' name='([^']*)'", body)}
    calls = collections.Counter()
    sizes = {}
    for m in re.finditer(r"<call method='(\d+)'[^>]*/>((?:\s*<(?!call|parse|method|klass)[^>]*/>)*)", body):
        if m.group(1) not in methods:
            continue
        name, size, holder = methods[m.group(1)]
        callee = classes.get(holder, '?').split('/')[-1] + '.' + name
        rest = m.group(2)
        outcome = 'inlined' if 'inline_success' in rest else (
            'not: ' + re.search(r"reason='([^']*)'", rest).group(1) if 'inline_fail' in rest else '?')
        calls[(callee, outcome)] += 1
        sizes[callee] = size
    print('%s: %s bytes inlined, %s bytes of code' % (target, found[0]['inlined'], found[0]['size']))
    for (callee, outcome), count in sorted(calls.items(), key=lambda kv: -kv[1] * sizes[kv[0][0]]):
        print('  %3d x %4d B  %-60s %s' % (count, sizes[callee], html.unescape(callee), outcome))


def show_deopts(log):
    names = {cid: q[0] for cid, q in queued(log).items()}
    for m in re.finditer(r"<make_not_entrant thread='\d+' compile_id='(\d+)' compiler='c2'[^>]*stamp='([\d.]+)'", log):
        print('%s  C2 code of %s thrown away' % (m.group(2), short(names.get(m.group(1), '?'))))
    for m in re.finditer(r"<uncommon_trap thread='\d+' reason='([^']*)' action='([^']*)'[^>]*compile_id='(\d+)'"
                         r"[^>]*stamp='([\d.]+)'>(.*?)</uncommon_trap>", log, re.S):
        where = re.findall(r"<jvms bci='(\d+)' method='([^']*)'", m.group(5))
        print('%s  trap %s (%s) in %s at %s' % (m.group(4), m.group(1), m.group(2), short(names.get(m.group(3), '?')),
                                               ' <- '.join('%s@%s' % (short(w[1]), w[0]) for w in where[:3])))


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    log = open(sys.argv[1], errors='replace').read()
    what = sys.argv[2]
    if what == 'tasks':
        show_tasks(log, int(sys.argv[3]) if len(sys.argv) > 3 else 25)
    elif what == 'queue':
        show_queue(log, float(sys.argv[3]) if len(sys.argv) > 3 else None)
    elif what == 'inline' and len(sys.argv) > 3:
        show_inline(log, sys.argv[3])
    elif what == 'deopts':
        show_deopts(log)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
