"""Child: the real application opened on a workspace, interactive (event loop running), exit;
prints peak RSS (KiB)."""

import resource
import sys

from hopen_desktop.cli import main

code = main(["--workspace", sys.argv[1], "--quit-after", "0"])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
