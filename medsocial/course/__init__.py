"""Instructor workflow over nbgrader: release, collect, autograde, feedback, export, report.

Each step is a module with one job; `medsocial course ...` (medsocial/cli/course.py) is the thin
command line over them. Nothing here imports nbgrader until a step runs.
"""
