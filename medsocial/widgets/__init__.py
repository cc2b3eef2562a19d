"""Practice exercises as ipywidgets (import a submodule: `from medsocial.widgets.composer import Composer`).

Each widget module keeps the decisions (verdict, highlights, score, checklist) in pure functions
tested without a browser; the widget classes only wire them to ipywidgets.
"""
