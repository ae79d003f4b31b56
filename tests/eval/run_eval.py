#!/usr/bin/env python3
"""Score the extractor with ../shared/eval/score.py on the shared dev set and on our labelled sets.

usage: run_eval.py [--verbose] [GOLD_DIR ...]

For each gold folder (NAME.txt + NAME.gold.yaml) the extractor's briefing of every
NAME.txt is written to a temporary folder as NAME.yaml, then the scorer runs on it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from newsbrief import store
from newsbrief.extract import extract
from newsbrief.load import load_article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
# the shared dev article, then our labelled sets (tests/eval/*/README.md says how each was made)
LABELLED = ["hard", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
            "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
            "heldout15", "heldout16", "heldout17",
            "heldout18", "heldout19", "heldout20",
            "heldout21", "heldout22", "heldout23", "heldout24",
            "heldout25", "heldout26", "heldout27", "heldout28",
            "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
            "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40",
            "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46",
            "heldout47", "heldout48", "heldout49", "heldout50",
            "heldout51", "heldout52", "heldout53", "heldout54",
            "heldout55", "heldout56", "heldout57", "heldout58",
            "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64",
            "heldout65", "heldout66", "heldout67", "heldout68",
            "heldout69", "heldout70"]
DEFAULT_SETS = [SHARED / "dev"] + [ROOT / "tests" / "eval" / name for name in LABELLED]


def predict(gold_dir: Path, out_dir: Path) -> None:
    for txt in sorted(gold_dir.glob("*.txt")):
        briefing = extract(load_article(txt))
        (out_dir / f"{txt.stem}.yaml").write_text(store.dumps(briefing), encoding="utf-8")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    sets = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT_SETS
    scorer = SHARED / "score.py"
    for gold in sets:
        if not gold.is_dir():
            print(f"skipping {gold}: not found")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            predict(gold, Path(tmp))
            args = [sys.executable, str(scorer), str(gold), tmp] + (["--verbose"] if verbose else [])
            out = subprocess.run(args, capture_output=True, text=True)
            print(f"# {gold}")
            print(out.stdout.rstrip())
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return out.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
