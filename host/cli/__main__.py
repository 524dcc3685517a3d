"""`python -m orbitrig.host.cli`: the `orbitrig` command."""

import sys

from .main import main

sys.exit(main())
