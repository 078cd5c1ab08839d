"""The bundle's entry script: ``samskab`` as installed, i.e. ``cli.main:main``.

PyInstaller starts from a script, not from an entry point; this is that script and
nothing more, so the bundle runs exactly what ``pip install`` would run.
"""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
