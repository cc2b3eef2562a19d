"""Run the command line as `python -m medsocial`."""

from medsocial.cli import main

raise SystemExit(main())
