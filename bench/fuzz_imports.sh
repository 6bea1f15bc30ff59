#!/usr/bin/env bash
# Long fuzz run of the JSON, bundle (and Excel, when present) imports: thousands of inputs each.
#   bench/fuzz_imports.sh [EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
HOPEN_FUZZ_EXAMPLES=${1:-3000} .venv/bin/python -m pytest -q -p no:cacheprovider tests/model/test_fuzz_imports.py \
  $(ls tests/reports/test_fuzz_xlsx.py 2>/dev/null)
