"""Voila settings for the practice exercises (read from this folder when Voila starts here)."""

import os
from pathlib import Path

# Our template (share/jupyter/voila/templates/medsocial) is found through JUPYTER_PATH.
_share = str(Path(__file__).resolve().parent.parent / "share" / "jupyter")
if _share not in os.environ.get("JUPYTER_PATH", "").split(os.pathsep):
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (_share, os.environ.get("JUPYTER_PATH", "")) if p
    )

c = get_config()  # noqa: F821 (injected by traitlets)
c.VoilaConfiguration.template = "medsocial"
c.VoilaConfiguration.preheat_kernel = True
# These lab extensions only add console warnings in an app without a notebook UI.
c.VoilaConfiguration.extension_denylist = [
    "@jupyter/nbgrader",
    "@jupyter-notebook/lab-extension",
]
