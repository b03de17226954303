"""
Programmes: the figures issue 6 names, gathered from its three parts.

Run from the repo root inside the virtualenv:  python bench/training.py

Each part runs in its own process, on its own database, and prints one JSON line last:
- bench/training_certificates.py: certificate_pdf_ms (median of 20 renders; target
  under 150), certificates_bulk_40_s (bulk issue to 40 eligible registrants);
- bench/training_attendance.py: attendance_sheet_pdf_ms (median of 20, 40 people),
  rollcall_page_queries_10 and rollcall_page_queries_40 (target: equal);
- bench/training_registration.py: parallel_registered and parallel_waitlisted (50
  registrations in parallel threads for 40 seats on PostgreSQL; target: 40 and 10).
The last line printed is one JSON object with every figure.
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ["training_certificates", "training_attendance", "training_registration",
         "training_calendars"]


def run(part: str) -> dict:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / f"{part}.py")], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    lines = result.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(f"  {part}: {line}")
    if result.returncode != 0 or not lines:
        print(result.stderr, file=sys.stderr)
        raise SystemExit(f"bench/{part}.py failed (exit {result.returncode})")
    return json.loads(lines[-1])


def main() -> None:
    figures: dict = {}
    for part in PARTS:
        print(f"Running bench/{part}.py ...", flush=True)
        figures.update(run(part))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
