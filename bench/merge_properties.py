"""The merge's properties (issue 18) on many generated cases: the same checks as
tests/model/test_merge_properties.py, with at least 500 cases each (the suite runs 30).

    .venv/bin/python bench/merge_properties.py [CASES]

Prints, for each property, the cases run, how many had a conflict, and the time taken; exits 1
on the first counterexample (hypothesis prints it, shrunk).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.model import test_merge_properties as props  # noqa: E402


def run(cases: int) -> int:
    from hopen_desktop.model.merge import Side

    options = settings(
        max_examples=cases, deadline=None, database=None, suppress_health_check=list(HealthCheck), derandomize=False
    )
    checks: list[tuple[str, Any, tuple[Any, ...]]] = [
        ("importer deux fois le même paquet ne change rien", props.check_same_bundle_twice, ()),
        ("A→B puis B→A : identiques sans conflit", props.check_round_trip_converges, ()),
        ("aucune modification perdue sans conflit signalé", props.check_no_edit_lost, (st.sampled_from(Side),)),
        ("la fusion commute sans conflit", props.check_merge_commutes, ()),
    ]
    print(f"{'propriété':52} {'cas':>6} {'durée':>9}")
    total = 0
    for name, check, extra in checks:
        count = 0

        def counted(edits_a: Any, edits_b: Any, *more: Any, _check: Any = check) -> None:
            nonlocal count
            count += 1
            _check(edits_a, edits_b, *more)

        if extra:

            def case(edits_a: Any, edits_b: Any, prefer: Any) -> None:
                counted(edits_a, edits_b, prefer)

        else:

            def case(edits_a: Any, edits_b: Any) -> None:  # type: ignore[misc]
                counted(edits_a, edits_b)

        test = options(given(props.SEQUENCES, props.SEQUENCES, *extra)(case))
        start = time.perf_counter()
        test()
        print(f"{name:52} {count:>6} {time.perf_counter() - start:>8.1f}s", flush=True)
        total += count
    print(f"{total} cas générés en tout, aucune propriété contredite")
    return 0


if __name__ == "__main__":
    sys.exit(run(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
