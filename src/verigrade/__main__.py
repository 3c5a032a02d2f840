"""`python -m verigrade ...` is the `verigrade` command."""
import sys

from .cli import main

sys.exit(main())
