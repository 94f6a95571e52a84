"""Assessment throughput: in-process and through `achillespath assess --jsonl`.

Both are compared with the floor of plain JSON work on the same data (parse each intake line
and serialise it again with the standard library), because an integrator's pipeline can never
be faster than reading and writing its own JSON.

Run: .venv/bin/python bench/assess.py [--count 100000] [--seed 1]
Targets (issue 2): at least 20,000 assessments per second per core in-process, and --jsonl
within 10x of the JSON floor.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from achillespath.assessment import assess
from achillespath.intake import Intake, LongTermCondition, PainSite, TreatmentKind, TreatmentOutcome

MEDICINES = ["paracetamol", "Lipitor 20mg", "Cipro 500mg BD", "prednisolone 5 mg", "ibuprofen"]


def synthetic_intake(rng: random.Random) -> dict[str, Any]:
    """A plausible intake: mostly settled tendinopathy, with a sprinkling of red flags."""

    def maybe(value: Any, answered: float = 0.9) -> Any:
        return value if rng.random() < answered else None

    intake: dict[str, Any] = {
        "age": rng.randint(12, 90),
        "weight_kg": round(rng.uniform(45, 130), 1),
        "height_cm": round(rng.uniform(150, 200), 1),
        "onset": maybe(rng.choices(["gradual", "sudden"], [0.95, 0.05])[0]),
        "heard_snap": maybe(rng.random() < 0.03),
        "can_bear_weight": maybe(rng.random() < 0.97),
        "fever": maybe(rng.random() < 0.01),
        "hot_red_swelling": maybe(rng.random() < 0.02),
        "calf_swelling": maybe(rng.random() < 0.02),
        "breathless_or_chest_pain": maybe(rng.random() < 0.005),
        "symptom_weeks": round(rng.uniform(0, 80), 1),
        "pain_site": rng.sample([site.value for site in PainSite], rng.randint(1, 2)),
        "pain_score": rng.randint(0, 10),
        "morning_stiffness_minutes": rng.randint(0, 120),
        "activity_limited": rng.random() < 0.6,
        "conditions": rng.sample([c.value for c in LongTermCondition], rng.randint(0, 2)),
        "medications": rng.sample(MEDICINES, rng.randint(0, 2)),
        "treatments": [
            {
                "kind": rng.choice(list(TreatmentKind)).value,
                "weeks": rng.randint(1, 30),
                "outcome": rng.choice(list(TreatmentOutcome)).value,
            }
            for _ in range(rng.randint(0, 3))
        ],
        "prefers_non_surgical": rng.random() < 0.5,
    }
    return {key: value for key, value in intake.items() if value is not None}


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def json_floor(lines: list[str]) -> float:
    return timed(lambda: [json.dumps(json.loads(line)) for line in lines])


def in_process(intakes: list[Intake]) -> float:
    return timed(lambda: [assess(intake) for intake in intakes])


def in_process_json(lines: list[str]) -> float:
    return timed(
        lambda: [assess(Intake.model_validate_json(line)).model_dump_json() for line in lines]
    )


def through_jsonl(path: Path) -> float:
    command = [str(Path(sys.executable).with_name("achillespath")), "assess", "--jsonl"]
    with path.open("rb") as stdin:
        start = time.perf_counter()
        subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    lines = [json.dumps(synthetic_intake(rng)) for _ in range(args.count)]
    intakes = [Intake.model_validate_json(line) for line in lines]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
    path = Path(handle.name)
    try:
        floor = json_floor(lines)
        rows = [
            ("JSON floor: parse + serialise (stdlib)", floor),
            ("assess() on parsed intakes, in-process", in_process(intakes)),
            ("parse + assess + serialise, in-process", in_process_json(lines)),
            ("`achillespath assess --jsonl` (whole process)", through_jsonl(path)),
        ]
    finally:
        os.unlink(path)

    print(f"{args.count:,} synthetic intakes, seed {args.seed}, Python {sys.version.split()[0]}")
    print("| path | seconds | per second | x JSON floor |")
    print("|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {args.count / seconds:,.0f} | {seconds / floor:.1f} |")


if __name__ == "__main__":
    main()
