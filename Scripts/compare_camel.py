#!/usr/bin/env python3
"""Compare Isnad's normalizer with CAMeL Tools on the corpus tokens.

Every token of Corpora/ (as `isnad tokenize` finds it) is normalized twice:
  - CAMeL Tools: dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar;
  - Isnad: `isnad normalize --profile none` with the matching switches
    (--fold diacritics --fold alef --fold alef-maksura --fold teh-marbuta; dediac_ar keeps tatweel).
The differing tokens are printed with their counts; the exit code is 0 when there are none.

Optional and never needed by the product or its tests. `--install` first runs
  pip install --no-deps camel-tools==1.6.0 && pip install six emoji regex
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWITCHES = ["--profile", "none", "--fold", "diacritics", "--fold", "alef",
            "--fold", "alef-maksura", "--fold", "teh-marbuta"]


def install():
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "camel-tools==1.6.0"], check=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "six", "emoji", "regex"], check=True)


def find_isnad(explicit):
    if explicit:
        return [explicit]
    for config in ("release", "debug"):
        path = os.path.join(ROOT, ".build", config, "isnad")
        if os.access(path, os.X_OK):
            return [path]
    return ["swift", "run", "--package-path", ROOT, "isnad"]


def corpus_files(folder):
    files = []
    for base, _, names in os.walk(folder):
        files += [os.path.join(base, name) for name in names if name.endswith(".txt")]
    return sorted(files)


def tokens(isnad, files):
    result = subprocess.run(isnad + ["tokenize", "--format", "jsonl"] + files,
                            check=True, capture_output=True, text=True, encoding="utf-8")
    return [json.loads(line)["surface"] for line in result.stdout.splitlines()]


def isnad_normalize(isnad, surfaces):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(surfaces) + "\n")
        path = handle.name
    try:
        result = subprocess.run(isnad + ["normalize"] + SWITCHES + [path],
                                check=True, capture_output=True, text=True, encoding="utf-8")
    finally:
        os.unlink(path)
    lines = result.stdout.split("\n")[:-1]
    if len(lines) != len(surfaces):
        sys.exit(f"isnad normalize returned {len(lines)} lines for {len(surfaces)} tokens")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--install", action="store_true", help="pip install camel-tools 1.6.0 first")
    parser.add_argument("--isnad", help="path of the isnad executable (default: .build/release or debug)")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "Corpora"), help="folder of .txt files")
    arguments = parser.parse_args()
    if arguments.install:
        install()
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                                 normalize_teh_marbuta_ar)
    except ImportError as error:
        sys.exit(f"camel-tools is not installed ({error}); run with --install")

    isnad = find_isnad(arguments.isnad)
    surfaces = tokens(isnad, corpus_files(arguments.corpus))
    ours = isnad_normalize(isnad, surfaces)
    differences = collections.Counter()
    for surface, mine in zip(surfaces, ours):
        camel = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(surface))))
        if camel != mine:
            differences[(surface, camel, mine)] += 1
    print(f"{len(surfaces)} tokens, {sum(differences.values())} differ ({len(differences)} distinct)")
    for (surface, camel, mine), count in differences.most_common():
        codes = " ".join(f"U+{ord(c):04X}" for c in surface if ord(c) > 0x7F and not 0x0621 <= ord(c) <= 0x064A)
        print(f"{count:5}  surface {surface!r}  camel {camel!r}  isnad {mine!r}  [{codes}]")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
