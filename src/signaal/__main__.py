"""``python -m signaal``: the same as the ``signaal`` command."""

import sys

from signaal.cli import main

sys.exit(main())
