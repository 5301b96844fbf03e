"""Samples the CPU of every thread of some processes, without starting a process per sample.

    python3 thread_cpu.py INTERVAL PID:PREFIX [PID:PREFIX ...]

Writes PREFIX.before at once (each thread's "tid|name|CPU ticks", user + system), then samples every INTERVAL
seconds until the first PID ends, and writes PREFIX.after with each thread's last sample (so threads that
ended meanwhile still count). bench/scale-out.sh used to sample with cat, sed and awk every 100 ms: six
processes started ten times a second took about a fifth of a core from the grid it was measuring.

    python3 thread_cpu.py series INTERVAL PID FILE

Appends to FILE every INTERVAL seconds, until PID ends, a line "@|epoch ns|bytes PID wrote so far (wchar)"
and then each thread's "name|tid|CPU ticks" (bench/grid-end-to-end.sh's format).
"""
import os
import sys
import time


def sample(pid):
    threads = {}
    try:
        tids = os.listdir("/proc/%s/task" % pid)
    except OSError:
        return None
    for tid in tids:
        try:
            with open("/proc/%s/task/%s/stat" % (pid, tid)) as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        threads[tid] = (name, int(fields[11]) + int(fields[12]))
    return threads


def write(path, threads):
    with open(path, "w") as f:
        for tid, (name, ticks) in threads.items():
            f.write("%s|%s|%d\n" % (tid, name, ticks))


def wchar(pid):
    try:
        with open("/proc/%s/io" % pid) as f:
            for line in f:
                if line.startswith("wchar:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def series(interval, pid, path):
    with open(path, "a") as out:
        while True:
            written = wchar(pid)
            threads = sample(pid)
            if threads is None:
                return
            out.write("@|%d|%d\n" % (time.time_ns(), written))
            for tid, (name, ticks) in threads.items():
                out.write("%s|%s|%d\n" % (name, tid, ticks))
            out.flush()
            time.sleep(interval)


def main():
    if sys.argv[1] == "series":
        series(float(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    interval = float(sys.argv[1])
    targets = [arg.split(":", 1) for arg in sys.argv[2:]]
    last = {}
    for pid, prefix in targets:
        last[pid] = sample(pid) or {}
        write(prefix + ".before", last[pid])
    while True:
        time.sleep(interval)
        gone = False
        for pid, _ in targets:
            now = sample(pid)
            if now is None:
                gone = True
                continue
            last[pid].update(now)
        if gone:
            break
    for pid, prefix in targets:
        write(prefix + ".after", last[pid])


if __name__ == "__main__":
    main()
