"""The fastest any PySpark UDF around NLTK's VADER could go on this machine: NLTK's own analyzer
scoring lines in a pool of PROCESSES Python processes (one analyzer each, no Spark, no serialization of
rows between JVM and Python), over the lines of FILE. Prints units/s. A UDF does all of this and more.

    python3 vader_rate.py FILE LEXICON PROCESSES
"""
import multiprocessing
import sys
import time

from nltk.sentiment.vader import SentimentIntensityAnalyzer

analyzer = None


def start(lexicon):
    global analyzer
    analyzer = SentimentIntensityAnalyzer(lexicon_file=lexicon)


def score(lines):
    for line in lines:
        analyzer.polarity_scores(line)
    return len(lines)


def main():
    path, lexicon, processes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    chunks = [lines[i:i + 2000] for i in range(0, len(lines), 2000)]
    with multiprocessing.Pool(processes, initializer=start, initargs=(lexicon,)) as pool:
        pool.map(score, chunks[:processes])  # each process has built its analyzer before the clock starts
        began = time.monotonic()
        units = sum(pool.map(score, chunks))
        seconds = time.monotonic() - began
    print(f"{units} units in {seconds:.1f} s: {units / seconds:.0f} units/s")


if __name__ == "__main__":
    main()
