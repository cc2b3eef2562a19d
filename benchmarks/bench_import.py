"""Time `import medsocial` in fresh processes against `python -c pass`, and list heavy modules it pulls in.

.venv/bin/python benchmarks/bench_import.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pandas", "matplotlib", "ipywidgets", "PIL", "numpy", "cv2")


def _wall(code: str, runs: int) -> float:
    """Median wall time of `python -c code` over `runs` fresh processes."""
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def import_time(runs: int = 15) -> None:
    """Print the baseline, `import medsocial`, and `import + first check_post` times."""
    base = _wall("pass", runs)
    light = _wall("import medsocial", runs)
    first = _wall(
        "import medsocial; medsocial.check_post('x'); medsocial.analyze_post('x', 'x')", runs
    )
    probe = f"import sys, medsocial; print([m for m in {HEAVY!r} if m in sys.modules])"
    heavy = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    print(f"import time, median of {runs} fresh processes:")
    print(f"  python -c pass                        {1000 * base:7.1f} ms")
    print(
        f"  import medsocial                      {1000 * light:7.1f} ms  (+{1000 * (light - base):.1f} ms)"
    )
    print(
        f"  + first check_post and analyze_post   {1000 * first:7.1f} ms  (+{1000 * (first - base):.1f} ms)"
    )
    print(f"  heavy modules imported by medsocial:  {heavy.stdout.strip()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    import_time(parser.parse_args().runs)
