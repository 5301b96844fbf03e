"""Samples the CPU of every thread of some processes, without starting a process per sample.

    python3 thread_cpu.py [--when FILE TEXT | --when-thread PID NAME] INTERVAL PID:PREFIX [PID:PREFIX ...]

Writes PREFIX.before at once, or with --when as soon as FILE holds TEXT, or with --when-thread as soon as
process PID has a thread whose name starts with NAME (each thread's "tid|name|CPU ticks",
user + system), then samples every INTERVAL seconds until the first PID ends, and writes PREFIX.after with each
thread's last sample (so threads that ended meanwhile still count). bench/scale-out.sh used to sample with cat,
sed and awk every 100 ms: six processes started ten times a second took about a fifth of a core from the grid
it was measuring. Then it started this script at the remote worker's join: a Python started through a pyenv
shim takes 0.4 s of CPU to start, which fell in the job it measured; --when lets it start before.

    python3 thread_cpu.py series INTERVAL PID FILE

Appends to FILE every INTERVAL seconds, until PID ends, a line "@|epoch ns|bytes PID wrote so far (wchar)"
and then each thread's "name|tid|CPU ticks" (bench/grid-end-to-end.sh's format).
"""
import os
import sys
import time


def raw_sample(pid):
    """Each thread's stat line, unparsed (the sampling loop parses only what it keeps): {tid: bytes}."""
    raw = {}
    try:
        tids = os.listdir("/proc/%s/task" % pid)
    except OSError:
        return None
    for tid in tids:
        try:
            fd = os.open("/proc/%s/task/%s/stat" % (pid, tid), os.O_RDONLY)
        except OSError:
            continue
        try:
            raw[tid] = os.read(fd, 1024)
        except OSError:
            pass
        finally:
            os.close(fd)
    return raw


def parse(raw):
    threads = {}
    for tid, line in raw.items():
        stat = line.decode("utf-8", "replace")
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        threads[tid] = (name, int(fields[11]) + int(fields[12]))
    return threads


def sample(pid):
    raw = raw_sample(pid)
    return None if raw is None else parse(raw)


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


def await_text(path, text):
    """Returns once the file at path holds text (a short log), looking every 5 ms."""
    while True:
        try:
            with open(path, "rb") as f:
                if text in f.read():
                    return
        except OSError:
            pass
        time.sleep(0.005)


def await_thread(pid, name):
    """Returns once process pid has a thread whose name starts with name, looking every 5 ms (or once it is gone)."""
    while True:
        try:
            tids = os.listdir("/proc/%s/task" % pid)
        except OSError:
            return
        for tid in tids:
            try:
                with open("/proc/%s/task/%s/comm" % (pid, tid)) as f:
                    if f.read().startswith(name):
                        return
            except OSError:
                pass
        time.sleep(0.005)


def main():
    if sys.argv[1] == "series":
        series(float(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    args = sys.argv[1:]
    if args[0] == "--when":
        await_text(args[1], args[2].encode())
        args = args[3:]
    elif args[0] == "--when-thread":
        await_thread(args[1], args[2])
        args = args[3:]
    interval = float(args[0])
    targets = [arg.split(":", 1) for arg in args[1:]]
    last = {}
    for pid, prefix in targets:
        write(prefix + ".before", sample(pid) or {})
        last[pid] = {}
    while True:
        time.sleep(interval)
        gone = False
        for pid, _ in targets:
            now = raw_sample(pid)
            if now is None:
                gone = True
                continue
            last[pid].update(now)
        if gone:
            break
    for pid, prefix in targets:
        write(prefix + ".after", parse(last[pid]))


if __name__ == "__main__":
    main()
